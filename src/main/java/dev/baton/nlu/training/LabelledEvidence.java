package dev.baton.nlu.training;

import dev.baton.dialogue.Evidence;
import dev.baton.dialogue.ReplyLanguage;

/** A held-out message's evidence with the label it should get. */
record LabelledEvidence(String expected, Evidence evidence, ReplyLanguage language) {
}

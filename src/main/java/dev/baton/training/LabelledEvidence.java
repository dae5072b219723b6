package dev.baton.training;

import dev.baton.decision.Evidence;
import dev.baton.decision.ReplyLanguage;

/** A held-out message's evidence with the label it should get. */
record LabelledEvidence(String expected, Evidence evidence, ReplyLanguage language) {}

package dev.baton.dialogue;

import dev.baton.nlu.Prediction;
import dev.baton.safety.RiskKind;
import java.util.Optional;

/**
 * Everything the policy decides from, computed once per message: whether a secret was found, what the
 * funds-at-risk rules say, and the classifier's ranking.
 */
public record Evidence(boolean secretExposed, Optional<RiskKind> risk, Prediction prediction) {
}

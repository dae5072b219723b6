package dev.baton.bench;

import dev.baton.conversation.DecisionTrail;
import dev.baton.conversation.Unanswered;
import dev.baton.decision.Decision;
import dev.baton.decision.DecisionPolicy;
import dev.baton.decision.Outcome;
import dev.baton.learning.MessageGrouping;
import dev.baton.learning.MessageGrouping.Embedded;
import dev.baton.learning.MessageGrouping.Group;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The messages of a labelled set that the capture rule keeps, each decided on its own as the first message of
 * a conversation, embedded once for grouping at any cut.
 *
 * @param capturedAs how many were kept as {@code clarify}, {@code fallback} ...
 */
record CapturedSet(
        String name,
        int messages,
        Map<String, Integer> capturedAs,
        List<SimulatedEditor.Kept> kept,
        List<Embedded> embedded) {

    static CapturedSet of(String name, List<LearningCase> cases, DecisionPolicy policy, MessageGrouping grouping) {
        List<SimulatedEditor.Kept> kept = new ArrayList<>();
        Map<String, Integer> capturedAs = new TreeMap<>();
        for (LearningCase c : cases) {
            Outcome outcome = policy.decide(c.text());
            Optional<String> label = Unanswered.decision(trail(outcome));
            if (label.isPresent()) {
                capturedAs.merge(label.get(), 1, Integer::sum);
                String language = outcome.replyLanguage().chinese() ? "zh" : "en";
                kept.add(new SimulatedEditor.Kept(outcome.text(), language, c.topic(), c.expect()));
            }
        }
        List<Embedded> embedded =
                kept.stream().map(k -> grouping.embed(k.text())).toList();
        return new CapturedSet(name, cases.size(), capturedAs, kept, embedded);
    }

    /** The groups at cut {@code threshold}, as lists of indexes into {@link #kept()}. */
    List<List<Integer>> groups(MessageGrouping grouping, double threshold) {
        return grouping.group(embedded, threshold).stream().map(Group::members).toList();
    }

    GroupingScore score(MessageGrouping grouping, double threshold) {
        return GroupingScore.of(
                threshold,
                groups(grouping, threshold),
                kept.stream().map(SimulatedEditor.Kept::topic).toList());
    }

    /** The trail a fresh conversation's first turn writes for this decision, for the capture rule. */
    static DecisionTrail trail(Outcome outcome) {
        Decision d = outcome.decision();
        String reason = d instanceof Decision.Clarify c
                ? c.reason().code()
                : d instanceof Decision.Handoff h ? h.reason() : null;
        return new DecisionTrail(
                d.action(),
                d instanceof Decision.Answer answer ? answer.faqId() : null,
                outcome.prediction().intent(),
                outcome.prediction().confidence(),
                null,
                reason);
    }
}

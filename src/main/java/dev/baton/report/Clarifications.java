package dev.baton.report;

import dev.baton.conversation.DecisionTrail;
import dev.baton.report.Report.Clarification;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The questions Baton asked back on most often: the user messages its {@code clarify} replies answered,
 * grouped by their normalised text (NFKC, lower case, punctuation and spacing folded).
 */
final class Clarifications {

    /** How many the report shows. */
    static final int TOP = 10;

    private static final int MAX_KEY = 200;
    private static final String CLARIFY = DecisionTrail.Action.CLARIFY.code();

    private Clarifications() {}

    private static final class Group {
        final Map<String, Integer> spellings = new LinkedHashMap<>();
        final Map<String, Integer> intents = new HashMap<>();
        int count;
    }

    static List<Clarification> top(List<ConversationFacts> conversations) {
        Map<String, Group> groups = new HashMap<>();
        for (ConversationFacts c : conversations) {
            for (MessageFact m : c.messages()) {
                if (!CLARIFY.equals(m.action()) || m.askedOn() == null) {
                    continue;
                }
                String key = key(m.askedOn());
                if (key.isEmpty()) {
                    continue;
                }
                Group g = groups.computeIfAbsent(key, k -> new Group());
                g.count++;
                g.spellings.merge(m.askedOn().strip(), 1, Integer::sum);
                if (m.intent() != null) {
                    g.intents.merge(m.intent(), 1, Integer::sum);
                }
            }
        }
        return groups.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Group>>comparingInt(e -> -e.getValue().count)
                        .thenComparing(Map.Entry::getKey))
                .limit(TOP)
                .map(e ->
                        new Clarification(most(e.getValue().spellings), e.getValue().count, most(e.getValue().intents)))
                .toList();
    }

    /** What two spellings of one question share: NFKC, lower case, punctuation and runs of spaces folded. */
    static String key(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\p{P}\\p{S}]+", " ")
                .replaceAll("\\s+", " ")
                .strip();
        return folded.length() <= MAX_KEY ? folded : folded.substring(0, MAX_KEY);
    }

    private static String most(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }
}

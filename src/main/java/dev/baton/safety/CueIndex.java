package dev.baton.safety;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every literal cue of a rule set, indexed by first character, so one pass over a message tells which
 * cues occur in it; rules none of whose cues occur are then skipped without searching the text for each
 * of their cues (over 900 cues in the standard rules).
 */
final class CueIndex {

    private final Map<String, Integer> idOf = new LinkedHashMap<>();
    private final Map<Character, List<String>> byFirstChar = new HashMap<>();
    private final Map<RiskRule, BitSet> cuesOfRule = new IdentityHashMap<>();

    CueIndex(List<RiskRule> rules) {
        for (RiskRule rule : rules) {
            BitSet ids = new BitSet();
            for (String cue : rule.cues()) {
                if (!cue.isEmpty() && idOf.putIfAbsent(cue, idOf.size()) == null) {
                    byFirstChar
                            .computeIfAbsent(cue.charAt(0), c -> new ArrayList<>())
                            .add(cue);
                }
                if (!cue.isEmpty()) {
                    ids.set(idOf.get(cue));
                }
            }
            cuesOfRule.put(rule, ids);
        }
    }

    /** The ids of the cues that occur somewhere in the text. */
    BitSet present(String text) {
        BitSet present = new BitSet(idOf.size());
        for (int i = 0; i < text.length(); i++) {
            List<String> candidates = byFirstChar.get(text.charAt(i));
            if (candidates != null) {
                for (String cue : candidates) {
                    if (text.startsWith(cue, i)) {
                        present.set(idOf.get(cue));
                    }
                }
            }
        }
        return present;
    }

    /** Whether a rule can match: it has no cues (always tried) or one of them occurs. */
    boolean mayMatch(RiskRule rule, BitSet present) {
        BitSet cues = cuesOfRule.get(rule);
        return cues == null || cues.isEmpty() || cues.intersects(present);
    }
}

package dev.baton.faq;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites colloquialisms and synonyms to one canonical word per group ("小二" and "人工" become "客服";
 * "e-mail" becomes "email"), so a query and the examples meet on the same terms whatever words the
 * user picked. Applied to normalised (lower-case, Simplified) text, at index and at query time.
 *
 * <p>Matching is longest-first from each position. A synonym that starts or ends with a Latin letter or
 * digit only matches at word boundaries, so "mail" does not fire inside "gmail".
 */
public final class Synonyms {

    private final Node root = new Node();
    private final java.util.BitSet firstChars = new java.util.BitSet(Character.MAX_VALUE + 1);
    private final int groups;

    private Synonyms(List<List<String>> groupsOfWords) {
        int count = 0;
        for (List<String> group : groupsOfWords) {
            if (group.size() < 2) {
                continue;
            }
            count++;
            String canonical = group.get(0);
            for (String word : group.subList(1, group.size())) {
                add(word, canonical);
            }
        }
        this.groups = count;
    }

    /** Synonym groups, each written canonical word first, in normalised form. */
    public static Synonyms of(List<List<String>> groups) {
        return new Synonyms(groups);
    }

    public static Synonyms none() {
        return new Synonyms(List.of());
    }

    public int groups() {
        return groups;
    }

    private void add(String word, String canonical) {
        if (word.isEmpty() || word.equals(canonical)) {
            return;
        }
        Node node = root;
        firstChars.set(word.charAt(0));
        for (int i = 0; i < word.length(); i++) {
            node = node.next.computeIfAbsent(word.charAt(i), c -> new Node());
        }
        node.replacement = canonical;
    }

    /** The text with every synonym replaced by its group's canonical word. */
    public String canonicalize(String text) {
        if (groups == 0) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < text.length(); ) {
            int matchEnd = -1;
            String replacement = null;
            // Most positions start no synonym: one bit test instead of a boxed map look-up.
            if (firstChars.get(text.charAt(i))
                    && (i == 0 || !isWordChar(text.charAt(i - 1)) || !isWordChar(text.charAt(i)))) {
                Node node = root;
                for (int j = i; j < text.length(); j++) {
                    node = node.next.get(text.charAt(j));
                    if (node == null) {
                        break;
                    }
                    if (node.replacement != null
                            && (j + 1 == text.length()
                                    || !isWordChar(text.charAt(j))
                                    || !isWordChar(text.charAt(j + 1)))) {
                        matchEnd = j + 1;
                        replacement = node.replacement;
                    }
                }
            }
            if (matchEnd < 0) {
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16);
            }
            out.append(text, copied, i).append(replacement);
            copied = matchEnd;
            i = matchEnd;
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, text.length()).toString();
    }

    private static boolean isWordChar(char c) {
        return c < 0x250 && Character.isLetterOrDigit(c);
    }

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        String replacement;
    }
}

package dev.baton.safety;

import java.util.ArrayList;
import java.util.List;

/** A secret as typed in one message, and where each of its words or key chars starts and ends. */
record TypedSecret(String text, List<Span> units, int first) {

    /** What goes before the word (or key char) at {@code index}: a separator, a list number, a prefix. */
    interface Layout {
        String before(int index, boolean firstInMessage);

        /** The same gap between every two units. */
        static Layout separator(String gap) {
            return (index, first) -> first ? "" : gap;
        }

        /** "1. word\n2. word", "1) word 2) word", "1:word 2:word"; numbering carries on into later messages. */
        static Layout numbered(String between, String after) {
            return (index, first) -> (first ? "" : between) + (index + 1) + after;
        }
    }

    /** Where one unit lies in the text. */
    record Span(int from, int to) {}

    /** Units {@code from} to {@code to} (exclusive) typed one after the other as {@code layout} says. */
    static TypedSecret type(List<String> units, int from, int to, Layout layout) {
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        for (int i = from; i < to; i++) {
            text.append(layout.before(i, i == from));
            int start = text.length();
            text.append(units.get(i));
            spans.add(new Span(start, text.length()));
        }
        return new TypedSecret(text.toString(), spans, from);
    }

    int end() {
        return first + units.size();
    }

    /** The text from unit {@code from} to unit {@code to} (exclusive), as typed. */
    String window(int from, int to) {
        return text.substring(
                units.get(from - first).from(), units.get(to - 1 - first).to());
    }
}

package dev.baton.channel.whatsapp;

import dev.baton.decision.QuickReply;
import java.util.List;

/** Text within WhatsApp's limits: a text message's body is at most 4,096 characters, an interactive one's 1,024. */
final class Texts {

    static final int TEXT_BODY = 4096;
    static final int INTERACTIVE_BODY = 1024;

    private Texts() {}

    /** {@code text} within {@code max} characters: cut with an ellipsis, never inside a surrogate pair. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int keep = max - 1;
        if (keep > 0 && Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--;
        }
        return text.substring(0, keep) + "…";
    }

    /**
     * The text with the options as numbered lines under it ("1. label"), within a text message's limit: the
     * text is cut, not the options, since a number or a label typed back picks one.
     */
    static String numbered(String text, List<QuickReply> options) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < options.size(); i++) {
            lines.append(i == 0 ? "" : "\n")
                    .append(i + 1)
                    .append(". ")
                    .append(options.get(i).label());
        }
        if (text.isBlank()) {
            return cut(lines.toString(), TEXT_BODY);
        }
        int room = TEXT_BODY - lines.length() - 2;
        if (room < 1) {
            return cut(text + "\n\n" + lines, TEXT_BODY);
        }
        return cut(text, room) + "\n\n" + lines;
    }
}

package dev.baton.channel.whatsapp;

import dev.baton.decision.QuickReply;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Quick replies as WhatsApp reply buttons and list rows, and back. A title is what the user sees, shortened to
 * WhatsApp's limit; the id carries the option's whole label ({@code l:<label>}), so that a tap comes back as
 * the exact label Baton offered, just as if the user had typed it. A label too long for an id is carried as
 * its number ({@code n:<1-based>}), which the dialogue understands too.
 */
final class Choices {

    /** Reply buttons: at most 3, titles of at most 20 characters, ids of at most 256. */
    static final int MAX_BUTTONS = 3;

    static final int BUTTON_TITLE = 20;
    static final int BUTTON_ID = 256;
    /** List rows: at most 10, titles of at most 24 characters, descriptions of 72, ids of 200. */
    static final int MAX_ROWS = 10;

    static final int ROW_TITLE = 24;
    static final int ROW_DESCRIPTION = 72;
    static final int ROW_ID = 200;

    private static final String LABEL = "l:";
    private static final String NUMBER = "n:";

    private Choices() {}

    /** The id of the {@code index}-th (0-based) option, within {@code maxId} characters. */
    static String id(QuickReply option, int index, int maxId) {
        String id = LABEL + option.label();
        return id.length() <= maxId ? id : NUMBER + (index + 1);
    }

    /**
     * The options' titles within {@code max} characters, all different (WhatsApp refuses repeated titles):
     * labels that only differ after the cut are numbered.
     */
    static List<String> titles(List<QuickReply> options, int max) {
        List<String> titles = new ArrayList<>(options.size());
        for (int i = 0; i < options.size(); i++) {
            String label = options.get(i).label().strip();
            titles.add(label.isEmpty() ? String.valueOf(i + 1) : Texts.cut(label, max));
        }
        Set<String> seen = new HashSet<>();
        if (titles.stream().allMatch(seen::add)) {
            return titles;
        }
        List<String> numbered = new ArrayList<>(options.size());
        for (int i = 0; i < options.size(); i++) {
            numbered.add(Texts.cut((i + 1) + ". " + options.get(i).label().strip(), max));
        }
        return numbered;
    }

    /** What a tap on a button or row says: the label its id carries, else the title the user saw. */
    static String text(String id, String title) {
        if (id != null && id.startsWith(LABEL) && id.length() > LABEL.length()) {
            return id.substring(LABEL.length());
        }
        if (id != null && id.startsWith(NUMBER) && id.substring(NUMBER.length()).matches("\\d{1,2}")) {
            return id.substring(NUMBER.length());
        }
        return title;
    }
}

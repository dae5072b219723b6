package dev.baton.channel.slack;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.baton.decision.QuickReply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The Block Kit layout of a message with quick replies: the text in {@code mrkdwn} sections (escaped like the
 * message's {@code text}, so it can neither mention nor link) and the options as buttons in {@code actions}
 * blocks. A button's {@code action_id} is {@code baton_option_<n>} (its 1-based position) and its
 * {@code value} is the option's full label, which comes back in the click; the label on the button itself is
 * shortened to Slack's limit. Slack refuses a message that breaks any of these limits, so they are kept here.
 */
final class SlackBlocks {

    /** What an {@code action_id} of Baton's buttons starts with; the option's position follows. */
    static final String ACTION_PREFIX = "baton_option_";
    /** Buttons in one {@code actions} block. */
    static final int MAX_BUTTONS = 25;
    /** Characters of a button's text. */
    static final int MAX_BUTTON_TEXT = 75;
    /** Characters of a button's value. */
    static final int MAX_VALUE = 2000;
    /** Characters of a section's text. */
    static final int MAX_SECTION_TEXT = 3000;
    /** Blocks in one message. */
    static final int MAX_BLOCKS = 50;

    private SlackBlocks() {}

    /** A layout block: a {@link Section} or {@link Actions}. */
    sealed interface Block permits Section, Actions {}

    record Section(String type, Text text) implements Block {
        static Section mrkdwn(String escaped) {
            return new Section("section", new Text("mrkdwn", escaped));
        }
    }

    record Actions(String type, List<Button> elements) implements Block {
        Actions(List<Button> elements) {
            this("actions", List.copyOf(elements));
        }
    }

    /** A button; without a value when the label is too long for one (the click then names the position). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Button(
            String type,
            Text text,
            @JsonProperty("action_id") String actionId,
            String value) {}

    record Text(String type, String text) {}

    /**
     * The blocks for {@code text} and its quick replies, or empty when there are no quick replies or the text
     * needs more blocks than a message may have (the numbered list in the message's text then stands alone).
     */
    static Optional<List<Block>> of(String text, List<QuickReply> replies) {
        if (replies.isEmpty()) {
            return Optional.empty();
        }
        List<Block> blocks = new ArrayList<>();
        for (String piece : pieces(text)) {
            blocks.add(Section.mrkdwn(piece));
        }
        for (int from = 0; from < replies.size(); from += MAX_BUTTONS) {
            List<Button> buttons = new ArrayList<>();
            for (int i = from; i < Math.min(replies.size(), from + MAX_BUTTONS); i++) {
                buttons.add(button(i + 1, replies.get(i).label()));
            }
            blocks.add(new Actions(buttons));
        }
        return blocks.size() > MAX_BLOCKS ? Optional.empty() : Optional.of(List.copyOf(blocks));
    }

    static Button button(int position, String label) {
        String shown = label.isBlank() ? String.valueOf(position) : shorten(label, MAX_BUTTON_TEXT);
        return new Button(
                "button",
                new Text("plain_text", shown),
                ACTION_PREFIX + position,
                label.length() <= MAX_VALUE ? label : null);
    }

    /** The option's position in a Baton {@code action_id}, or empty for an action that is not Baton's. */
    static OptionalInt position(String actionId) {
        if (actionId == null || !actionId.startsWith(ACTION_PREFIX)) {
            return OptionalInt.empty();
        }
        String digits = actionId.substring(ACTION_PREFIX.length());
        if (digits.isEmpty() || digits.length() > 4 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalInt.empty();
        }
        int position = Integer.parseInt(digits);
        return position < 1 ? OptionalInt.empty() : OptionalInt.of(position);
    }

    /** {@code label} in at most {@code max} chars, cut at a character boundary and ended with an ellipsis. */
    static String shorten(String label, int max) {
        if (label.length() <= max) {
            return label;
        }
        int end = max - 1;
        if (Character.isLowSurrogate(label.charAt(end))) {
            end--;
        }
        return label.substring(0, end).stripTrailing() + "…";
    }

    /**
     * The text escaped and cut into sections' worth, at a line break where one is near the end of a piece,
     * never inside an escape or a character; none for an empty text.
     */
    static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            String escaped = SlackPostMessage.escape(Character.toString(codePoint));
            if (piece.length() + escaped.length() > MAX_SECTION_TEXT) {
                int cut = piece.lastIndexOf("\n");
                cut = cut > MAX_SECTION_TEXT / 2 ? cut + 1 : piece.length();
                add(pieces, piece.substring(0, cut));
                piece.delete(0, cut);
            }
            piece.append(escaped);
            i += Character.charCount(codePoint);
        }
        add(pieces, piece.toString());
        return pieces;
    }

    /** Slack refuses a section without text, and whitespace alone shows nothing. */
    private static void add(List<String> pieces, String piece) {
        if (!piece.isBlank()) {
            pieces.add(piece);
        }
    }
}

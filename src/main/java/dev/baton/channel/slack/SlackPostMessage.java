package dev.baton.channel.slack;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.baton.channel.Delivery;
import dev.baton.decision.QuickReply;
import java.util.List;

/**
 * The body of {@code chat.postMessage}. Slack reads {@code &}, {@code <} and {@code >} in text as markup, so
 * they are escaped. A message with quick replies also carries {@link SlackBlocks}: the text and a button for
 * each option. Its {@code text} stays the whole message with the options as a numbered list (a reply of "1"
 * or the label picks one): Slack shows it in notifications, and clients that cannot show blocks show it
 * instead.
 *
 * @param blocks the Block Kit layout, or null for a message of text alone
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SlackPostMessage(String channel, String text, List<SlackBlocks.Block> blocks) {

    static SlackPostMessage of(Delivery delivery) {
        StringBuilder text = new StringBuilder(escape(delivery.text()));
        List<QuickReply> replies = delivery.quickReplies();
        for (int i = 0; i < replies.size(); i++) {
            text.append('\n')
                    .append(i + 1)
                    .append(". ")
                    .append(escape(replies.get(i).label()));
        }
        return new SlackPostMessage(
                delivery.chatId(),
                text.toString(),
                SlackBlocks.of(delivery.text(), replies).orElse(null));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}

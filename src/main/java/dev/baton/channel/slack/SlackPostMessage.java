package dev.baton.channel.slack;

import dev.baton.channel.Delivery;
import dev.baton.decision.QuickReply;
import java.util.List;

/**
 * The body of {@code chat.postMessage}. Slack reads {@code &}, {@code <} and {@code >} in text as markup, so
 * they are escaped; quick replies follow as a numbered list (a reply of "1" or the label picks one).
 */
record SlackPostMessage(String channel, String text) {

    static SlackPostMessage of(Delivery delivery) {
        StringBuilder text = new StringBuilder(escape(delivery.text()));
        List<QuickReply> replies = delivery.quickReplies();
        for (int i = 0; i < replies.size(); i++) {
            text.append('\n')
                    .append(i + 1)
                    .append(". ")
                    .append(escape(replies.get(i).label()));
        }
        return new SlackPostMessage(delivery.chatId(), text.toString());
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}

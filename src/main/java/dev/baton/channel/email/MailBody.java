package dev.baton.channel.email;

import dev.baton.decision.QuickReply;
import dev.baton.decision.ReplyLanguage;
import java.util.List;

/**
 * The two bodies of an outbound mail: plain text, and HTML with the same content. The message, then the quick
 * replies as a numbered list the user answers with a number ({@link NumberedReplies}), then a footer after the
 * signature delimiter that names the ticket, says a reply continues the conversation, and that support never
 * asks for a recovery phrase or private key. No unsubscribe link: these are answers to the user's own request.
 */
final class MailBody {

    private MailBody() {}

    static String plain(OutgoingMail mail) {
        StringBuilder out = new StringBuilder(mail.text().strip().replace("\r\n", "\n"));
        List<QuickReply> choices = mail.quickReplies();
        if (!choices.isEmpty()) {
            out.append("\n\n").append(MailPhrases.text(MailPhrases.CHOOSE, mail.language()));
            for (int i = 0; i < choices.size(); i++) {
                out.append('\n')
                        .append(i + 1)
                        .append(". ")
                        .append(oneLine(choices.get(i).label()));
            }
        }
        out.append("\n\n-- \n").append(footer(mail.ticket(), mail.language())).append('\n');
        out.append(MailPhrases.text(MailPhrases.NEVER_ASK, mail.language())).append('\n');
        return out.toString();
    }

    static String html(OutgoingMail mail) {
        ReplyLanguage language = mail.language();
        StringBuilder out = new StringBuilder(512);
        out.append("<!DOCTYPE html>\n<html lang=\"")
                .append(MailPhrases.tag(language))
                .append("\">\n");
        out.append("<head><meta charset=\"UTF-8\"></head>\n<body>\n");
        out.append("<div>")
                .append(escape(mail.text().strip()).replace("\n", "<br>\n"))
                .append("</div>\n");
        List<QuickReply> choices = mail.quickReplies();
        if (!choices.isEmpty()) {
            out.append("<p>")
                    .append(escape(MailPhrases.text(MailPhrases.CHOOSE, language)))
                    .append("</p>\n<ol>\n");
            for (QuickReply choice : choices) {
                out.append("<li>").append(escape(oneLine(choice.label()))).append("</li>\n");
            }
            out.append("</ol>\n");
        }
        out.append("<hr>\n<p style=\"color:#666666;font-size:12px\">")
                .append(escape(footer(mail.ticket(), language)))
                .append("<br>\n")
                .append(escape(MailPhrases.text(MailPhrases.NEVER_ASK, language)))
                .append("</p>\n</body>\n</html>\n");
        return out.toString();
    }

    private static String footer(TicketReference ticket, ReplyLanguage language) {
        return String.format(MailPhrases.text(MailPhrases.FOOTER, language), ticket);
    }

    private static String oneLine(String label) {
        return label.replaceAll("\\s+", " ").strip();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\r' -> {}
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

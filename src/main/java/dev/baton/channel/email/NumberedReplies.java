package dev.baton.channel.email;

import dev.baton.decision.QuickReply;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quick reply a user chose by mail: {@link MailWriter} lists the choices by number, and the user answers
 * with the number ("2", "2.", full-width "２") or with the label itself, on the first line of the reply.
 */
public final class NumberedReplies {

    private static final Pattern NUMBER = Pattern.compile("^#?([0-9]{1,2})\\s*[.)、。]?$");

    private NumberedReplies() {}

    /** The choice {@code reply} (the new text of the user's mail) makes among {@code offered}, if it is one. */
    public static Optional<QuickReply> chosen(String reply, List<QuickReply> offered) {
        if (reply == null || offered.isEmpty()) {
            return Optional.empty();
        }
        String first = reply.strip().lines().findFirst().orElse("");
        String line = Normalizer.normalize(first, Normalizer.Form.NFKC).strip();
        Matcher m = NUMBER.matcher(line);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            return n >= 1 && n <= offered.size() ? Optional.of(offered.get(n - 1)) : Optional.empty();
        }
        String label = line.toLowerCase(Locale.ROOT);
        return offered.stream()
                .filter(q -> Normalizer.normalize(q.label(), Normalizer.Form.NFKC)
                        .strip()
                        .toLowerCase(Locale.ROOT)
                        .equals(label))
                .findFirst();
    }
}

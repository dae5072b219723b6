package dev.baton.channel.email;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ticket's mark in mail subjects, the same in every language: {@code [#T-3FA9C01B]}, eight capital letters
 * and digits taken from a Baton id. It is for people (a user who writes a new mail about the same case, an
 * agent searching a mailbox) and as a fallback for threading: it names, it does not prove. Eight characters can
 * repeat across many conversations, so a lookup by it is only safe together with the sender's address.
 * {@link #find} reads it back, also where a client or a user changed the brackets to full-width ones.
 *
 * @param code the eight characters, upper case
 */
public record TicketReference(String code) {

    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{8}");
    private static final Pattern IN_SUBJECT =
            Pattern.compile("[\\[【［]\\s*#\\s*[Tt]\\s*-\\s*([0-9A-Za-z]{8})\\s*[\\]】］]");

    public TicketReference {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a ticket reference is 8 capital letters and digits");
        }
    }

    /**
     * The reference of a Baton id: its first eight letters and digits after the prefix, upper case
     * ({@code c_3fa9c01b22d4...} is {@code 3FA9C01B}). Pass the conversation's id, which exists from the first
     * message and stays the same when a ticket is opened, so one thread keeps one reference.
     */
    public static TicketReference of(String batonId) {
        Objects.requireNonNull(batonId, "batonId");
        String rest = batonId.substring(batonId.indexOf('_') + 1).replaceAll("[^0-9A-Za-z]", "");
        if (rest.length() < 8) {
            throw new IllegalArgumentException("an id needs 8 letters or digits after its prefix to name a ticket");
        }
        return new TicketReference(rest.substring(0, 8).toUpperCase(Locale.ROOT));
    }

    /** The last reference in {@code subject} (the one Baton put at its end), if any. */
    public static Optional<TicketReference> find(String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        Matcher m = IN_SUBJECT.matcher(subject);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return last == null ? Optional.empty() : Optional.of(new TicketReference(last.toUpperCase(Locale.ROOT)));
    }

    /** {@code subject} without any ticket reference in it. */
    static String remove(String subject) {
        return IN_SUBJECT
                .matcher(subject)
                .replaceAll(" ")
                .replaceAll("\\s{2,}", " ")
                .strip();
    }

    /** The mark as written in subjects and footers: {@code [#T-3FA9C01B]}. */
    @Override
    public String toString() {
        return "[#T-" + code + "]";
    }
}

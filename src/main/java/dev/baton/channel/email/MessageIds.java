package dev.baton.channel.email;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Baton's own Message-IDs, {@code <baton.{conversationId}.{outboxId}.{mac}@{domain of the From address}>}, and
 * the way back from a reply to the conversation and outbox row it answers.
 *
 * <p>An id is a function of the conversation, the outbox row and the key: a send retried after a crash
 * writes the same id, so the user's client sees one message. It names the conversation, so a reply is
 * threaded from its {@code In-Reply-To} or {@code References} with no table of sent ids; the mac, the first
 * 128 bits of an HMAC-SHA256 over the conversation id and the outbox id, keeps anyone from writing an id that
 * leads into another user's conversation (conversation ids are in logs and agents' screens; the key is not).
 * A valid id still only says which of Baton's mails was quoted: a reply from someone it was forwarded to
 * carries it too, so the caller must also check that the sender is the conversation's address. The key must
 * stay the same across restarts and instances, or replies to older mails are no longer threaded.
 */
public final class MessageIds {

    /** The shortest key taken, in bytes. */
    public static final int MIN_KEY = 32;

    private static final Pattern CONVERSATION = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?");
    private static final Pattern BATON_ID =
            Pattern.compile("<baton\\.([A-Za-z0-9_-]{1,64})\\.([0-9]{1,18})\\.([0-9a-fA-F]{32})@[^<>\\s]+>");
    private static final int MAC_BYTES = 16;

    private final SecretKeySpec key;

    /** @param key the secret the ids are signed with, at least {@link #MIN_KEY} bytes; copied */
    public MessageIds(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length < MIN_KEY) {
            throw new IllegalArgumentException("the Message-ID key must be at least " + MIN_KEY + " bytes");
        }
        this.key = new SecretKeySpec(Arrays.copyOf(key, key.length), "HmacSHA256");
    }

    /**
     * The Message-ID of the mail written for outbox row {@code outboxId} of {@code conversationId}, sent from
     * {@code fromAddress}; angle brackets included.
     */
    public String of(String conversationId, long outboxId, String fromAddress) {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(fromAddress, "fromAddress");
        if (!CONVERSATION.matcher(conversationId).matches()) {
            throw new IllegalArgumentException("a conversation id is 1 to 64 letters, digits, '_' or '-'");
        }
        if (outboxId < 0) {
            throw new IllegalArgumentException("an outbox id is not negative");
        }
        return "<baton." + conversationId + "." + outboxId + "." + mac(conversationId, outboxId) + "@"
                + domain(fromAddress) + ">";
    }

    /**
     * The Baton mail a reply answers: {@code In-Reply-To} if it is one of Baton's ids, else the latest of
     * {@code References} that is (some clients leave {@code In-Reply-To} out). Ids with a wrong mac are
     * passed over.
     */
    public Optional<RepliedTo> repliedTo(String inReplyTo, List<String> references) {
        List<String> candidates = new ArrayList<>();
        if (inReplyTo != null) {
            candidates.add(inReplyTo);
        }
        if (references != null) {
            for (int i = references.size() - 1; i >= 0; i--) {
                candidates.add(references.get(i));
            }
        }
        for (String id : candidates) {
            Optional<RepliedTo> found = parse(id);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The Baton mail {@code mail} answers, from its thread headers. */
    public Optional<RepliedTo> repliedTo(IncomingMail mail) {
        return repliedTo(mail.inReplyTo(), mail.references());
    }

    /** A Baton mail a reply answers: the conversation and the outbox row it was written for. */
    public record RepliedTo(String conversationId, long outboxId) {}

    private Optional<RepliedTo> parse(String id) {
        Matcher m = id == null ? null : BATON_ID.matcher(id.strip());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        String conversationId = m.group(1);
        long outboxId = Long.parseLong(m.group(2));
        byte[] expected = mac(conversationId, outboxId).getBytes(StandardCharsets.US_ASCII);
        byte[] given = m.group(3).toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given)
                ? Optional.of(new RepliedTo(conversationId, outboxId))
                : Optional.empty();
    }

    private String mac(String conversationId, long outboxId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(
                    ("baton-mail-id\n" + conversationId + "\n" + outboxId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JVM", e);
        }
    }

    /** The domain of an address, in ASCII (an internationalised one in its punycode form), lower case. */
    static String domain(String address) {
        int at = address.lastIndexOf('@');
        String domain = at < 0 ? "" : address.substring(at + 1).strip();
        try {
            domain = IDN.toASCII(domain, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            domain = "";
        }
        if (!DOMAIN.matcher(domain).matches() || domain.contains("..")) {
            throw new IllegalArgumentException("the From address has no valid domain");
        }
        return domain;
    }

    /** Never the key. */
    @Override
    public String toString() {
        return "MessageIds[key=***]";
    }
}

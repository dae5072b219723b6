package dev.baton.channel.generic;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of generic webhooks, the same both ways: the header
 * {@code X-Baton-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>}. The timestamp is
 * signed with the body, so a receiver that also checks it is recent ({@link #TOLERANCE}) refuses replays.
 *
 * <pre>{@code
 * String header = GenericSignature.sign(secret, Instant.now().getEpochSecond(), body);
 * boolean ok = GenericSignature.verify(secret, header, body, Instant.now()) == GenericSignature.Verdict.VALID;
 * }</pre>
 */
public final class GenericSignature {

    public static final String HEADER = "X-Baton-Signature";
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    /** What checking a signature header found. */
    public enum Verdict {
        VALID("the signature is valid"),
        MISSING("the X-Baton-Signature header is missing"),
        MALFORMED("the X-Baton-Signature header must read t=<unix seconds>,v1=<hex HMAC-SHA256>"),
        EXPIRED("the signature's timestamp is more than 5 minutes off: a replay or a wrong clock"),
        MISMATCH("the signature does not match the body and the shared secret");

        private final String reason;

        Verdict(String reason) {
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    private GenericSignature() {}

    /** The header value for {@code body} sent at {@code timestampSeconds}. */
    public static String sign(String secret, long timestampSeconds, byte[] body) {
        return "t=" + timestampSeconds + ",v1=" + HexFormat.of().formatHex(mac(secret, timestampSeconds, body));
    }

    /** {@link #sign(String, long, byte[])} of the UTF-8 bytes of {@code body}. */
    public static String sign(String secret, long timestampSeconds, String body) {
        return sign(secret, timestampSeconds, body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Checks {@code header} against the raw {@code body} as received and the time {@code now}. Several
     * {@code v1} entries may be given (while a secret is rotated); one matching is enough. Unknown keys are
     * ignored.
     */
    public static Verdict verify(String secret, String header, byte[] body, Instant now) {
        Objects.requireNonNull(secret, "secret");
        if (header == null || header.isBlank()) {
            return Verdict.MISSING;
        }
        Long timestamp = null;
        List<byte[]> signatures = new ArrayList<>();
        for (String part : header.split(",")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                return Verdict.MALFORMED;
            }
            String key = part.substring(0, eq).strip();
            String value = part.substring(eq + 1).strip();
            try {
                if (key.equals("t")) {
                    if (timestamp != null) {
                        return Verdict.MALFORMED;
                    }
                    timestamp = Long.parseLong(value);
                } else if (key.equals("v1")) {
                    signatures.add(HexFormat.of().parseHex(value));
                }
            } catch (IllegalArgumentException e) {
                return Verdict.MALFORMED;
            }
        }
        if (timestamp == null || signatures.isEmpty()) {
            return Verdict.MALFORMED;
        }
        byte[] expected = mac(secret, timestamp, body);
        boolean matches = false;
        for (byte[] signature : signatures) {
            matches |= MessageDigest.isEqual(expected, signature);
        }
        if (!matches) {
            return Verdict.MISMATCH;
        }
        long seconds = now.getEpochSecond();
        boolean recent = timestamp >= seconds - TOLERANCE.toSeconds() && timestamp <= seconds + TOLERANCE.toSeconds();
        return recent ? Verdict.VALID : Verdict.EXPIRED;
    }

    private static byte[] mac(String secret, long timestampSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestampSeconds + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }
}

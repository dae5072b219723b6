package dev.baton.channel.wechat;

import dev.baton.channel.WebhookException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * WeChat's signatures: the hex SHA-1 of the token, the {@code timestamp} and the {@code nonce} sorted and joined
 * ({@code signature}, plain mode), and in safe mode the same over the {@code Encrypt} value as well
 * ({@code msg_signature}). A timestamp more than five minutes off the clock is refused too, so a captured call
 * cannot be replayed later.
 */
final class WechatSignature {

    static final Duration TOLERANCE = Duration.ofMinutes(5);

    private final String token;
    private final Clock clock;

    WechatSignature(String token, Clock clock) {
        this.token = token;
        this.clock = clock;
    }

    /**
     * The signature WeChat sends over {@code parts}: the token, timestamp and nonce, and in safe mode the
     * {@code Encrypt} value.
     */
    static String sign(String... parts) {
        String[] sorted = parts.clone();
        Arrays.sort(sorted);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest(String.join("", sorted).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from the JDK", e);
        }
    }

    /** @throws WebhookException 401 unless the query's {@code signature} is the token's and recent */
    void verify(Map<String, String> query) {
        check(query, "signature", null);
    }

    /**
     * Safe mode: {@code msg_signature} must sign {@code encrypted} (the message's {@code Encrypt}, or the URL
     * check's {@code echostr}) with the token, the timestamp and the nonce.
     *
     * @throws WebhookException 401 unless it does and the timestamp is recent
     */
    void verify(Map<String, String> query, String encrypted) {
        check(query, "msg_signature", encrypted);
    }

    private void check(Map<String, String> query, String name, String encrypted) {
        String signature = query.get(name);
        String timestamp = query.get("timestamp");
        String nonce = query.get("nonce");
        if (blank(signature) || blank(timestamp) || blank(nonce)) {
            throw WebhookException.unauthorized(name + ", timestamp and nonce query parameters are required");
        }
        String expected = encrypted == null ? sign(token, timestamp, nonce) : sign(token, timestamp, nonce, encrypted);
        byte[] given = signature.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given)) {
            throw WebhookException.unauthorized("the " + name + " does not match the configured token");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            throw WebhookException.unauthorized("the timestamp must be seconds since the epoch");
        }
        long now = clock.instant().getEpochSecond();
        if (seconds < now - TOLERANCE.toSeconds() || seconds > now + TOLERANCE.toSeconds()) {
            throw WebhookException.unauthorized("the timestamp is more than 5 minutes off: a replay or a wrong clock");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

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
 * WeChat's plain-mode signature: the {@code signature} query parameter is the hex SHA-1 of the token, the
 * {@code timestamp} and the {@code nonce} sorted and joined. A timestamp more than five minutes off the clock is
 * refused too, so a captured call cannot be replayed later.
 */
final class WechatSignature {

    static final Duration TOLERANCE = Duration.ofMinutes(5);

    private final String token;
    private final Clock clock;

    WechatSignature(String token, Clock clock) {
        this.token = token;
        this.clock = clock;
    }

    /** The signature WeChat sends with {@code timestamp} and {@code nonce} for an account's {@code token}. */
    static String sign(String token, String timestamp, String nonce) {
        String[] parts = {token, timestamp, nonce};
        Arrays.sort(parts);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest(String.join("", parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from the JDK", e);
        }
    }

    /** @throws WebhookException 401 unless the query is signed with the token and recent */
    void verify(Map<String, String> query) {
        String signature = query.get("signature");
        String timestamp = query.get("timestamp");
        String nonce = query.get("nonce");
        if (blank(signature) || blank(timestamp) || blank(nonce)) {
            throw WebhookException.unauthorized("signature, timestamp and nonce query parameters are required");
        }
        byte[] expected = sign(token, timestamp, nonce).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, given)) {
            throw WebhookException.unauthorized("the signature does not match the configured token");
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

package dev.baton.channel.slack;

import dev.baton.channel.WebhookException;
import dev.baton.channel.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signature: {@code X-Slack-Signature = "v0=" + hex(HMAC-SHA256(signing secret,
 * "v0:" + X-Slack-Request-Timestamp + ":" + raw body))}, with the timestamp within five minutes of now either
 * way so a captured request cannot be replayed later.
 */
final class SlackSignature {

    static final Duration TOLERANCE = Duration.ofMinutes(5);
    static final String SIGNATURE_HEADER = "X-Slack-Signature";
    static final String TIMESTAMP_HEADER = "X-Slack-Request-Timestamp";

    private final SecretKeySpec key;
    private final Clock clock;

    SlackSignature(String signingSecret, Clock clock) {
        this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.clock = clock;
    }

    /** @throws WebhookException 401 unless the request is signed with the signing secret, and recently */
    void verify(WebhookRequest request) {
        String timestamp = request.header(TIMESTAMP_HEADER);
        String signature = request.header(SIGNATURE_HEADER);
        if (timestamp == null || signature == null) {
            throw WebhookException.unauthorized("missing " + SIGNATURE_HEADER + " or " + TIMESTAMP_HEADER);
        }
        long sent;
        try {
            sent = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            throw WebhookException.unauthorized(TIMESTAMP_HEADER + " is not a number of seconds");
        }
        long now = clock.instant().getEpochSecond();
        long tolerance = TOLERANCE.toSeconds();
        if (sent < now - tolerance || sent > now + tolerance) {
            throw WebhookException.unauthorized(TIMESTAMP_HEADER + " is more than 5 minutes from now");
        }
        byte[] expected = sign(timestamp, request.body());
        if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8))) {
            throw WebhookException.unauthorized("wrong " + SIGNATURE_HEADER);
        }
    }

    /** {@code v0=<hex>} for this timestamp and body, as ASCII bytes. */
    byte[] sign(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return ("v0=" + HexFormat.of().formatHex(mac.doFinal(body))).getBytes(StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}

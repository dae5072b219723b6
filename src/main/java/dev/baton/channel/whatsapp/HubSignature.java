package dev.baton.channel.whatsapp;

import dev.baton.channel.WebhookException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Meta's signature of a webhook call: {@code X-Hub-Signature-256: sha256=<hex HMAC-SHA256(app secret, raw
 * body)>}. Meta signs no timestamp, so a captured call could be sent again; the message ids (wamid) make such a
 * repeat a duplicate that is not answered twice.
 */
final class HubSignature {

    static final String HEADER = "X-Hub-Signature-256";
    private static final String PREFIX = "sha256=";

    private final SecretKeySpec key;

    HubSignature(String appSecret) {
        this.key = new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** @throws WebhookException 401 unless {@code header} is the body's signature with the app secret */
    void verify(String header, byte[] body) {
        if (header == null || header.isBlank()) {
            throw WebhookException.unauthorized("missing " + HEADER);
        }
        byte[] expected = sign(body).getBytes(StandardCharsets.US_ASCII);
        byte[] given = header.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, given)) {
            throw WebhookException.unauthorized("wrong " + HEADER + ": not signed with the app secret");
        }
    }

    /** {@code sha256=<hex>} of {@code body}. */
    String sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}

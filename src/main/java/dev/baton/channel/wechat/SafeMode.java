package dev.baton.channel.wechat;

import dev.baton.channel.WebhookException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;

/**
 * Safe mode (安全模式), and compatible mode (兼容模式) read the same way: WeChat posts each message encrypted in
 * {@code <Encrypt>} with {@code encrypt_type=aes} and a {@code msg_signature} over it, and the account's passive
 * replies must be encrypted and signed likewise. In compatible mode the message's plain fields come along too;
 * they are not signed, so only the encrypted copy is read. A message without {@code <Encrypt>} is refused: with
 * the key set, Baton expects every message encrypted.
 */
final class SafeMode {

    private final String token;
    private final WechatSignature signature;
    private final WechatCrypto crypto;
    private final WechatXml xml;
    private final Clock clock;
    private final SecureRandom random;

    SafeMode(
            String token,
            WechatSignature signature,
            WechatCrypto crypto,
            WechatXml xml,
            Clock clock,
            SecureRandom random) {
        this.token = token;
        this.signature = signature;
        this.crypto = crypto;
        this.xml = xml;
        this.clock = clock;
        this.random = random;
    }

    /**
     * The message XML inside a posted envelope, once its {@code msg_signature} is verified and it is decrypted.
     *
     * @throws WebhookException 401 for a missing or wrong signature or another AppId, 400 for a message that is
     *                          not encrypted or cannot be decrypted
     */
    byte[] open(Map<String, String> query, byte[] body) {
        String signed = query.get("msg_signature");
        if (signed == null || signed.isBlank()) {
            throw WebhookException.unauthorized("safe mode: the msg_signature query parameter is required");
        }
        String type = query.get("encrypt_type");
        if (type != null && !"aes".equalsIgnoreCase(type.strip())) {
            throw WebhookException.malformed("safe mode: encrypt_type must be aes");
        }
        String encrypt = xml.encrypted(body);
        if (encrypt == null) {
            throw WebhookException.malformed("the message has no <Encrypt>, but wechat.encodingAesKey is set: set the"
                    + " account's message encryption mode to safe mode (安全模式) or compatible mode (兼容模式)");
        }
        signature.verify(query, encrypt);
        return crypto.decrypt(encrypt);
    }

    /**
     * The answer to a URL check whose {@code echostr} is encrypted (it comes with a {@code msg_signature}):
     * the decrypted {@code echostr}.
     */
    String echo(Map<String, String> query) {
        String echostr = query.get("echostr");
        if (echostr == null || echostr.isBlank()) {
            throw WebhookException.malformed("the URL check needs an echostr query parameter");
        }
        // base64 has no spaces: a '+' sent unescaped in the query string was read as one
        String encrypted = echostr.strip().replace(' ', '+');
        signature.verify(query, encrypted);
        return new String(crypto.decrypt(encrypted), StandardCharsets.UTF_8);
    }

    /** {@code reply} (a passive reply's XML) encrypted and signed, as WeChat takes it in safe mode. */
    String seal(String reply) {
        byte[] first = new byte[WechatCrypto.RANDOM_BYTES];
        random.nextBytes(first);
        String encrypt = crypto.encrypt(first, reply);
        long timestamp = clock.instant().getEpochSecond();
        String nonce = Integer.toUnsignedString(random.nextInt());
        String signed = WechatSignature.sign(token, Long.toString(timestamp), nonce, encrypt);
        return WechatXml.encryptedReply(encrypt, signed, timestamp, nonce);
    }
}

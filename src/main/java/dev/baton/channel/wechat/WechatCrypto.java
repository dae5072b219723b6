package dev.baton.channel.wechat;

import dev.baton.channel.WebhookException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * WeChat's message encryption (the scheme of its WXBizMsgCrypt samples), used in safe mode.
 *
 * <p>The AES-256 key is the base64 of the EncodingAESKey with {@code =} appended, and the CBC IV is its first
 * 16 bytes. The plaintext is 16 random bytes, the message's length as 4 big-endian bytes, the message (UTF-8)
 * and the AppId, padded PKCS#7-style to a multiple of 32 bytes (WeChat's block, not AES's 16), so the padding
 * is added and checked here around a cipher without any. Nothing here authenticates: {@code msg_signature}
 * (see {@link WechatSignature}) does, and is checked first.
 */
final class WechatCrypto {

    /** WeChat's padding block. */
    static final int BLOCK = 32;

    static final int RANDOM_BYTES = 16;

    private static final int HEADER = RANDOM_BYTES + 4;

    private final SecretKeySpec key;
    private final IvParameterSpec iv;
    private final byte[] appId;

    /**
     * @param encodingAesKey the account's 43-character EncodingAESKey (checked by the config)
     * @param appId          the account's AppId, which every message must name
     */
    WechatCrypto(String encodingAesKey, String appId) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(encodingAesKey + "=");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the EncodingAESKey is not base64");
        }
        if (raw.length != 32) {
            throw new IllegalArgumentException("the EncodingAESKey must decode to 32 bytes, not " + raw.length);
        }
        this.key = new SecretKeySpec(raw, "AES");
        this.iv = new IvParameterSpec(raw, 0, 16);
        this.appId = appId.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code message} encrypted for WeChat, in base64, with {@code random} (16 bytes) as its first block. */
    String encrypt(byte[] random, String message) {
        if (random.length != RANDOM_BYTES) {
            throw new IllegalArgumentException("16 random bytes are needed, not " + random.length);
        }
        byte[] text = message.getBytes(StandardCharsets.UTF_8);
        int length = HEADER + text.length + appId.length;
        int pad = BLOCK - length % BLOCK;
        ByteBuffer plain = ByteBuffer.allocate(length + pad)
                .put(random)
                .putInt(text.length)
                .put(text)
                .put(appId);
        byte[] padding = new byte[pad];
        Arrays.fill(padding, (byte) pad);
        plain.put(padding);
        return Base64.getEncoder().encodeToString(cipher(Cipher.ENCRYPT_MODE, plain.array()));
    }

    /**
     * The message inside {@code encrypted} (an {@code Encrypt} value or an encrypted {@code echostr}), as UTF-8
     * bytes.
     *
     * @throws WebhookException 400 when it cannot be decrypted with this key (not base64, not whole blocks, bad
     *                          padding or length), 401 when it is for another AppId
     */
    byte[] decrypt(String encrypted) {
        byte[] sealed;
        try {
            sealed = Base64.getDecoder().decode(encrypted.strip());
        } catch (IllegalArgumentException e) {
            throw WebhookException.malformed("the encrypted message is not base64");
        }
        if (sealed.length == 0 || sealed.length % BLOCK != 0) {
            throw WebhookException.malformed("the encrypted message is not a whole number of 32-byte blocks");
        }
        byte[] plain = cipher(Cipher.DECRYPT_MODE, sealed);
        int pad = plain[plain.length - 1] & 0xff;
        if (pad < 1 || pad > BLOCK || !padded(plain, pad)) {
            throw undecryptable("its padding is wrong");
        }
        int end = plain.length - pad;
        if (end < HEADER) {
            throw undecryptable("it is too short");
        }
        int length = ByteBuffer.wrap(plain, RANDOM_BYTES, 4).getInt();
        if (length < 0 || length > end - HEADER) {
            throw undecryptable("its length field is wrong");
        }
        byte[] named = Arrays.copyOfRange(plain, HEADER + length, end);
        if (!Arrays.equals(named, appId)) {
            throw WebhookException.unauthorized("the message is encrypted for another AppId than wechat.appId");
        }
        return Arrays.copyOfRange(plain, HEADER, HEADER + length);
    }

    private static boolean padded(byte[] plain, int pad) {
        for (int i = plain.length - pad; i < plain.length; i++) {
            if ((plain[i] & 0xff) != pad) {
                return false;
            }
        }
        return true;
    }

    private static WebhookException undecryptable(String why) {
        return WebhookException.malformed("the message cannot be decrypted with the configured EncodingAESKey (" + why
                + "): is wechat.encodingAesKey the account's current key?");
    }

    private byte[] cipher(int mode, byte[] input) {
        try {
            Cipher aes = Cipher.getInstance("AES/CBC/NoPadding");
            aes.init(mode, key, iv);
            return aes.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-CBC is not available in this JDK", e);
        }
    }
}

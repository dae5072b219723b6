package dev.baton.http;

import static dev.baton.http.PlatformWebhooks.WECHAT_TOKEN;

import dev.baton.http.ApiClient.Reply;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * WeChat's side of safe mode, written here from WeChat's description rather than from Baton's code: messages
 * encrypted for an AppId and signed with {@code msg_signature}, and Baton's encrypted passive replies opened
 * and checked.
 */
final class SafeModeWechat {

    static final String KEY = "kWxPl5nGv3QmT8yR2bZc7HdJ4fN9sA6eU1oI0qLtXwE";
    static final String APP_ID = "wx1234567890abcdef";

    private static final Pattern FIELD =
            Pattern.compile("<(\\w+)>(?:<!\\[CDATA\\[(.*?)]]>|([^<]*))</\\1>", Pattern.DOTALL);

    private final ApiClient api;
    private final SecureRandom random = new SecureRandom();

    SafeModeWechat(ApiClient api) {
        this.api = api;
    }

    /** {@code xml} posted as WeChat posts in safe mode: only {@code ToUserName} and {@code Encrypt} in the clear. */
    Reply post(String xml) {
        return postEncrypted(encrypt(xml, APP_ID), WECHAT_TOKEN);
    }

    /** An envelope with {@code encrypt}, signed with {@code token}. */
    Reply postEncrypted(String encrypt, String token) {
        String body = "<xml><ToUserName><![CDATA[gh_baton]]></ToUserName><Encrypt><![CDATA[" + encrypt
                + "]]></Encrypt></xml>";
        return api.requestWithHeaders("POST", "/webhooks/wechat?" + query(encrypt, token), "text/xml", body, Map.of());
    }

    /** The URL check with an encrypted {@code echostr}. */
    Reply check(String echo) {
        String echostr = encrypt(echo, APP_ID);
        return api.request(
                "GET",
                "/webhooks/wechat?" + query(echostr, WECHAT_TOKEN) + "&echostr="
                        + URLEncoder.encode(echostr, StandardCharsets.UTF_8),
                null,
                null,
                null);
    }

    /** The reply XML inside a passive reply, once its signature is checked. */
    static String open(Reply reply) {
        Map<String, String> envelope = fields(reply.body());
        String expected = sign(WECHAT_TOKEN, envelope.get("TimeStamp"), envelope.get("Nonce"), envelope.get("Encrypt"));
        if (!expected.equals(envelope.get("MsgSignature"))) {
            throw new AssertionError("the reply's MsgSignature is wrong: " + reply.body());
        }
        byte[] plain = aes(Cipher.DECRYPT_MODE, Base64.getDecoder().decode(envelope.get("Encrypt")));
        int length = ByteBuffer.wrap(plain, 16, 4).getInt();
        int pad = plain[plain.length - 1];
        String appId = new String(plain, 20 + length, plain.length - pad - 20 - length, StandardCharsets.UTF_8);
        if (!appId.equals(APP_ID)) {
            throw new AssertionError("the reply is encrypted for " + appId);
        }
        return new String(plain, 20, length, StandardCharsets.UTF_8);
    }

    /** A field of a message or an envelope: its CDATA or its text. */
    static String field(String xml, String name) {
        return fields(xml).get(name);
    }

    String encrypt(String message, String appId) {
        byte[] text = message.getBytes(StandardCharsets.UTF_8);
        byte[] id = appId.getBytes(StandardCharsets.UTF_8);
        int length = 20 + text.length + id.length;
        int pad = 32 - length % 32;
        byte[] first = new byte[16];
        random.nextBytes(first);
        byte[] plain = ByteBuffer.allocate(length + pad)
                .put(first)
                .putInt(text.length)
                .put(text)
                .put(id)
                .array();
        Arrays.fill(plain, length, plain.length, (byte) pad);
        return Base64.getEncoder().encodeToString(aes(Cipher.ENCRYPT_MODE, plain));
    }

    private static String query(String encrypted, String token) {
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        String nonce = String.valueOf(Math.abs(new SecureRandom().nextInt()));
        return "signature=" + sign(token, timestamp, nonce) + "&timestamp=" + timestamp + "&nonce=" + nonce
                + "&encrypt_type=aes&msg_signature=" + sign(token, timestamp, nonce, encrypted);
    }

    private static Map<String, String> fields(String xml) {
        Map<String, String> out = new HashMap<>();
        Matcher m = FIELD.matcher(xml.replaceFirst("^<xml>", "").replaceFirst("</xml>$", ""));
        while (m.find()) {
            out.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
        }
        return out;
    }

    private static String sign(String... parts) {
        String[] sorted = parts.clone();
        Arrays.sort(sorted);
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-1")
                            .digest(String.join("", sorted).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] aes(int mode, byte[] input) {
        try {
            byte[] key = Base64.getDecoder().decode(KEY + "=");
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}

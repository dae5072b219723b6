package dev.baton.channel.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.channel.WebhookException;
import dev.baton.channel.wechat.WechatVectors.Compatible;
import dev.baton.channel.wechat.WechatVectors.Official;
import dev.baton.channel.wechat.WechatVectors.Work;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** WeChat's message encryption against its published vectors (see {@link WechatVectors}), and what it refuses. */
class WechatCryptoTest {

    private final WechatCrypto official = new WechatCrypto(Official.KEY, Official.APP_ID);

    @Test
    void encryptionReproducesThePublishedCiphertextsByteForByte() {
        assertThat(official.encrypt(Official.RANDOM, Official.REPLY)).isEqualTo(Official.REPLY_ENCRYPTED);
        assertThat(official.encrypt(Official.RANDOM, Official.VIDEO)).isEqualTo(Official.VIDEO_ENCRYPTED);
    }

    @Test
    void thePublishedCiphertextsDecryptToTheirPlaintext() {
        assertThat(text(official.decrypt(Official.REPLY_ENCRYPTED))).isEqualTo(Official.REPLY);
        assertThat(text(official.decrypt(Official.VIDEO_ENCRYPTED))).isEqualTo(Official.VIDEO);
    }

    @Test
    void thePublishedCompatibleModeMessageDecryptsToItsPlainFieldsUnderItsSignature() {
        assertThat(WechatSignature.sign(Compatible.TOKEN, Compatible.TIMESTAMP, Compatible.NONCE, Compatible.ENCRYPT))
                .isEqualTo(Compatible.MSG_SIGNATURE);

        byte[] inner = new WechatCrypto(Compatible.KEY, Compatible.APP_ID).decrypt(Compatible.ENCRYPT);

        WechatXml xml = new WechatXml();
        WechatMessage plain = xml.parse(Compatible.BODY.getBytes(StandardCharsets.UTF_8));
        assertThat(xml.parse(inner)).isEqualTo(plain);
        assertThat(plain.content()).isEqualTo("abcdteT");
        assertThat(plain.msgId()).isEqualTo("6054768590064713728");
    }

    @Test
    void wecomsPublishedMessageAndEchostrDecryptUnderTheirSignatures() {
        WechatCrypto work = new WechatCrypto(Work.KEY, Work.APP_ID);

        assertThat(WechatSignature.sign(Work.TOKEN, Work.TIMESTAMP, Work.NONCE, Work.ENCRYPT))
                .isEqualTo(Work.MSG_SIGNATURE);
        assertThat(text(work.decrypt(Work.ENCRYPT))).isEqualTo(Work.PLAINTEXT);
        assertThat(WechatSignature.sign(Work.TOKEN, Work.ECHO_TIMESTAMP, Work.ECHO_NONCE, Work.ECHOSTR))
                .isEqualTo(Work.ECHO_SIGNATURE);
        assertThat(text(work.decrypt(Work.ECHOSTR))).isEqualTo(Work.ECHO);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 11, 12, 43, 44, 45, 300})
    void chineseMessagesOfAnyLengthRoundTrip(int extra) {
        // 20 + 18 (AppId) + the text: some of these lengths fill the 32-byte block exactly, so a whole block pads
        String message = "<xml><Content><![CDATA[充值没到账，怎么办？😀" + "链".repeat(extra) + "]]></Content></xml>";
        byte[] random = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

        String sealed = official.encrypt(random, message);

        assertThat(Base64.getDecoder().decode(sealed).length % WechatCrypto.BLOCK)
                .isZero();
        assertThat(text(official.decrypt(sealed))).isEqualTo(message);
    }

    @Test
    void aWholeBlockOfPaddingIsAddedWhenTheMessageFillsItsLastBlock() {
        String message = "x".repeat(WechatCrypto.BLOCK * 3 - 20 - Official.APP_ID.length());

        byte[] plain = raw(
                Official.KEY,
                Cipher.DECRYPT_MODE,
                Base64.getDecoder().decode(official.encrypt(Official.RANDOM, message)));

        assertThat(plain).hasSize(WechatCrypto.BLOCK * 4);
        assertThat(Arrays.copyOfRange(plain, plain.length - 32, plain.length)).containsOnly((byte) 32);
    }

    @Test
    void aMessageForAnotherAppIdIsRefused() {
        String sealed = new WechatCrypto(Official.KEY, "wx0000000000000000").encrypt(Official.RANDOM, "<xml/>");

        assertRefused(() -> official.decrypt(sealed), 401, "another AppId");
    }

    @Test
    void aTamperedCiphertextIsRefused() {
        byte[] sealed = Base64.getDecoder().decode(Official.REPLY_ENCRYPTED);
        // CBC: a flipped bit in the first block flips the same bit of the second, where the length is
        sealed[0] ^= (byte) 0x80;

        assertRefused(() -> official.decrypt(Base64.getEncoder().encodeToString(sealed)), 400, "length");
    }

    @Test
    void aCiphertextUnderAnotherKeyIsRefused() {
        String sealed = new WechatCrypto(Work.KEY, Official.APP_ID).encrypt(Official.RANDOM, Official.REPLY);

        assertThatThrownBy(() -> official.decrypt(sealed)).isInstanceOfSatisfying(WebhookException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.getMessage()).contains("EncodingAESKey").doesNotContain(Official.KEY);
        });
    }

    @Test
    void badPaddingIsRefused() {
        byte[] body = message(Official.REPLY, Official.APP_ID);
        for (int pad : new int[] {0, 33, 255}) {
            assertRefused(() -> official.decrypt(sealedWithPadding(body, pad, pad)), 400, "padding");
        }
        // the right count, but not every padding byte says it
        assertRefused(() -> official.decrypt(sealedWithPadding(body, 5, 4)), 400, "padding");
    }

    @Test
    void whatIsNotBase64OrNotWholeBlocksIsRefused() {
        assertRefused(() -> official.decrypt("not base64!"), 400, "base64");
        assertRefused(() -> official.decrypt(""), 400, "blocks");
        assertRefused(() -> official.decrypt(Base64.getEncoder().encodeToString(new byte[48])), 400, "blocks");
    }

    @Test
    void aLengthBeyondTheMessageIsRefused() {
        byte[] body = message(Official.REPLY, Official.APP_ID);
        ByteBuffer.wrap(body).putInt(16, 10_000);
        byte[] padded = Arrays.copyOf(body, (body.length / 32 + 1) * 32);
        Arrays.fill(padded, body.length, padded.length, (byte) (padded.length - body.length));

        assertRefused(
                () -> official.decrypt(
                        Base64.getEncoder().encodeToString(raw(Official.KEY, Cipher.ENCRYPT_MODE, padded))),
                400,
                "length");
    }

    /** 16 random bytes, the length, the text and the AppId: the plaintext before padding. */
    private static byte[] message(String text, String appId) {
        byte[] t = text.getBytes(StandardCharsets.UTF_8);
        byte[] a = appId.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(20 + t.length + a.length)
                .put(Official.RANDOM)
                .putInt(t.length)
                .put(t)
                .put(a)
                .array();
    }

    /** {@code body} padded to whole blocks with bytes saying {@code last} (the final one) and {@code others}. */
    private static String sealedWithPadding(byte[] body, int last, int others) {
        int length = (body.length / 32 + 1) * 32;
        byte[] padded = Arrays.copyOf(body, length);
        Arrays.fill(padded, body.length, length, (byte) others);
        padded[length - 1] = (byte) last;
        return Base64.getEncoder().encodeToString(raw(Official.KEY, Cipher.ENCRYPT_MODE, padded));
    }

    /** AES-256-CBC as WeChat keys it, without padding: to make ciphertexts WeChat would never send. */
    private static byte[] raw(String encodingAesKey, int mode, byte[] input) {
        try {
            byte[] key = Base64.getDecoder().decode(encodingAesKey + "=");
            Cipher aes = Cipher.getInstance("AES/CBC/NoPadding");
            aes.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
            return aes.doFinal(input);
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void assertRefused(
            org.assertj.core.api.ThrowableAssert.ThrowingCallable call, int status, String because) {
        assertThatThrownBy(call).isInstanceOfSatisfying(WebhookException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.getMessage()).contains(because);
        });
    }
}

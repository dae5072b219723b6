package dev.baton.channel.email;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Raw mails for the tests, written as clients write them: headers as text, bodies in a charset's bytes. */
final class Mails {

    static final MailReader READER = new MailReader();

    private Mails() {}

    /** A mail of {@code headers} (lines without the blank one) and a body already in its bytes. */
    static byte[] raw(String headers, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(headers.strip().replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        return out.toByteArray();
    }

    /** A mail whose headers and body are text (UTF-8 where not ASCII). */
    static byte[] raw(String mail) {
        return mail.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static IncomingMail read(String mail) {
        return READER.read(raw(mail));
    }

    /** A plain-text mail from Zhang San with {@code body} in {@code charset}, base64-encoded. */
    static byte[] plain(String body, Charset charset, String declared) {
        return raw("""
                From: Zhang San <zhangsan@example.com>
                To: Wallet Support <support@wallet.example>
                Subject: test
                Message-ID: <m1@example.com>
                MIME-Version: 1.0
                Content-Type: text/plain; charset=%s
                Content-Transfer-Encoding: base64
                """.formatted(declared), base64(body.getBytes(charset)));
    }

    /** Base64 in lines of 76, as mail writes it. */
    static byte[] base64(byte[] bytes) {
        return Base64.getMimeEncoder().encodeToString(bytes).concat("\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** An RFC 2047 encoded word of {@code text} in {@code charset}, base64. */
    static String word(String text, Charset charset) {
        return "=?" + charset.name() + "?B?" + Base64.getEncoder().encodeToString(text.getBytes(charset)) + "?=";
    }
}

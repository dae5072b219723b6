package dev.baton.channel.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class MailAttachmentsTest {

    @Test
    void attachmentsAreListedWithDecodedNamesSizesAndTypesButNotKept() {
        byte[] pdf = new byte[3000];
        Arrays.fill(pdf, (byte) 7);
        String gbkName = Base64.getEncoder().encodeToString("交易截图.jpg".getBytes(Charset.forName("GBK")));
        IncomingMail mail =
                Mails.read("""
                From: Li Si <lisi@163.example>
                Subject: =?UTF-8?B?5o+Q546w?=
                Content-Type: multipart/mixed; boundary="----=_Part_1"

                ------=_Part_1
                Content-Type: text/plain; charset=UTF-8

                截图和账单在附件里。
                ------=_Part_1
                Content-Type: application/pdf; name="statement.pdf"
                Content-Disposition: attachment; filename="statement.pdf"
                Content-Transfer-Encoding: base64

                %s
                ------=_Part_1
                Content-Type: image/jpeg; name="=?GBK?B?%s?="
                Content-Disposition: attachment; filename="=?GBK?B?%s?="; size=48213
                Content-Transfer-Encoding: base64

                /9j/4AAQ
                ------=_Part_1
                Content-Type: text/plain; charset=UTF-8
                Content-Disposition: attachment; filename*=UTF-8''%%E5%%9C%%B0%%E5%%9D%%80.txt

                0x52908400098527886E0F7030069857D2E4169EE7
                ------=_Part_1
                Content-Type: message/rfc822

                From: scam@phish.example
                Subject: Verify your wallet

                Send us your recovery phrase.
                ------=_Part_1--
                """.formatted(new String(Mails.base64(pdf), StandardCharsets.US_ASCII), gbkName, gbkName));

        assertThat(mail.text()).isEqualTo("截图和账单在附件里。");
        assertThat(mail.body()).doesNotContain("0x5290").doesNotContain("recovery phrase");
        assertThat(mail.attachments())
                .extracting(Attachment::fileName, Attachment::contentType)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("statement.pdf", "application/pdf"),
                        org.assertj.core.groups.Tuple.tuple("交易截图.jpg", "image/jpeg"),
                        org.assertj.core.groups.Tuple.tuple("地址.txt", "text/plain"),
                        org.assertj.core.groups.Tuple.tuple("", "message/rfc822"));
        assertThat(mail.attachments().get(0).size()).isCloseTo(3000L, within(3L));
        assertThat(mail.attachments().get(1).size()).isEqualTo(48213L);
        assertThat(mail.attachments().get(2).size()).isEqualTo(42L);
    }

    @Test
    void anInlineImageOfAnHtmlMailIsListedToo() {
        IncomingMail mail = Mails.read("""
                From: a@b.example
                Content-Type: multipart/related; boundary="rel"

                --rel
                Content-Type: text/html; charset=utf-8

                <p>See the picture: <img src="cid:img1"></p>
                --rel
                Content-Type: image/png
                Content-ID: <img1>
                Content-Transfer-Encoding: base64

                iVBORw0KGgoAAAANSUhEUg==
                --rel--
                """);

        assertThat(mail.text()).isEqualTo("See the picture:");
        assertThat(mail.attachments()).containsExactly(new Attachment("", 16, "image/png"));
    }
}

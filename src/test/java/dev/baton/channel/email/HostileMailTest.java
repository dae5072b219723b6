package dev.baton.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Mails built to cost: every limit holds, and nothing malformed throws. */
class HostileMailTest {

    @Test
    void aHugeBodyIsCutAtTheTextLimit() {
        String body = "提现".repeat(2_500_000); // 15 MB of UTF-8
        IncomingMail mail = Mails.READER.read(Mails.raw(
                "From: a@b.example\nContent-Type: text/plain; charset=utf-8", body.getBytes(StandardCharsets.UTF_8)));

        assertThat(mail.body()).hasSize(MailReader.MAX_TEXT);
        assertThat(mail.truncated()).isTrue();
    }

    @Test
    void manyTextPartsShareOneTextLimit() {
        StringBuilder raw = new StringBuilder("From: a@b.example\nContent-Type: multipart/mixed; boundary=b\n\n");
        for (int i = 0; i < 40; i++) {
            raw.append("--b\nContent-Type: text/plain\n\n")
                    .append("x".repeat(30_000))
                    .append('\n');
        }
        IncomingMail mail = Mails.read(raw.append("--b--\n").toString());

        assertThat(mail.body().length()).isLessThanOrEqualTo(MailReader.MAX_TEXT + 40 * 2);
        assertThat(mail.truncated()).isTrue();
    }

    @Test
    void onlyTheFirstPartsAreLookedAt() {
        StringBuilder raw = new StringBuilder("From: a@b.example\nContent-Type: multipart/mixed; boundary=b\n\n");
        for (int i = 0; i < 200; i++) {
            raw.append("--b\nContent-Type: application/octet-stream; name=f")
                    .append(i)
                    .append(".bin\n\nAAAA\n");
        }
        IncomingMail mail = Mails.read(raw.append("--b--\n").toString());

        assertThat(mail.attachments()).hasSizeLessThan(MailReader.MAX_PARTS);
        assertThat(mail.attachments().get(0).fileName()).isEqualTo("f0.bin");
        assertThat(mail.truncated()).isTrue();
    }

    @Test
    void hundredsOfThousandsOfEmptyPartsAreNotAllParsed() {
        String part = "--b\r\n\r\n\r\n";
        String raw = "From: a@b.example\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
                + "--b\r\nContent-Type: text/plain\r\n\r\nfirst\r\n" + part.repeat(300_000) + "--b--\r\n";
        byte[] bytes = raw.getBytes(StandardCharsets.US_ASCII);

        assertThat(MailReader.boundaryLinesCut(bytes)).hasSizeLessThan(bytes.length / 100);
        IncomingMail mail = Mails.READER.read(bytes);
        assertThat(mail.body()).isEqualTo("first");
        assertThat(mail.truncated()).isTrue();
    }

    @Test
    void deepNestingStopsAtTheDepthLimit() {
        StringBuilder raw = new StringBuilder("From: a@b.example\nContent-Type: multipart/mixed; boundary=b0\n\n");
        int depth = 3_000;
        for (int i = 1; i <= depth; i++) {
            raw.append("--b")
                    .append(i - 1)
                    .append("\nContent-Type: multipart/mixed; boundary=b")
                    .append(i)
                    .append("\n\n");
        }
        raw.append("--b").append(depth).append("\nContent-Type: text/plain\n\ndeep\n");
        IncomingMail mail = Mails.read(raw.toString());

        assertThat(mail.body()).isEmpty();
        assertThat(mail.truncated()).isTrue();
    }

    @Test
    void deeplyNestedHtmlAndHugeMarkupAreReadWithinLimits() {
        String nested = "<div>".repeat(100_000) + "bottom" + "</div>".repeat(100_000);
        IncomingMail deep = Mails.read("From: a@b.example\nContent-Type: text/html\n\n" + nested);
        String wide = "<p>" + "word ".repeat(400_000) + "</p>";
        IncomingMail big = Mails.read("From: a@b.example\nContent-Type: text/html\n\n" + wide);

        assertThat(deep.body().length()).isLessThanOrEqualTo(MailReader.MAX_TEXT);
        assertThat(big.body().length()).isLessThanOrEqualTo(MailReader.MAX_TEXT);
        assertThat(big.truncated()).isTrue();
    }

    @Test
    void malformedPartsAreSkippedAndTheRestIsRead() {
        IncomingMail mail = Mails.read("""
                From: a@b.example
                Content-Type: multipart/mixed; boundary="b"

                --b
                Content-Type: @@@/;;;charset
                Content-Transfer-Encoding: x-made-up

                ???
                --b
                Content-Type: text/plain; charset=utf-8
                Content-Transfer-Encoding: base64

                5L2g5aW9!!!!not base64 at all%%%
                --b
                Content-Type: multipart/alternative

                no boundary here
                --b
                Content-Type: text/plain; charset=utf-8

                still read
                """);

        assertThat(mail.body()).contains("still read");
    }

    @Test
    void headersOfAbsurdLengthAreCapped() {
        StringBuilder references = new StringBuilder("References:");
        for (int i = 0; i < 10_000; i++) {
            references.append(" <r").append(i).append("@x.example>");
        }
        IncomingMail mail = Mails.read("From: " + "n".repeat(50_000) + " <a@b.example>\nSubject: " + "s".repeat(200_000)
                + "\n" + references + "\n\nx");

        assertThat(mail.subject()).hasSize(MailHeaders.MAX_SUBJECT);
        assertThat(mail.fromName()).hasSize(MailHeaders.MAX_NAME);
        assertThat(mail.references()).hasSize(MailReader.MAX_REFERENCES);
        assertThat(mail.references().get(0)).isEqualTo("<r0@x.example>");
        assertThat(mail.references().get(MailReader.MAX_REFERENCES - 1)).isEqualTo("<r9999@x.example>");
    }

    @Test
    void randomBytesReadAsAMailWithNothingInIt() {
        Random random = new Random(42);
        for (int i = 0; i < 50; i++) {
            byte[] garbage = new byte[1 + random.nextInt(20_000)];
            random.nextBytes(garbage);

            IncomingMail mail = Mails.READER.read(garbage);

            assertThat(mail.text()).isNotNull();
        }
    }
}

package dev.baton.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class MailReaderHeadersTest {

    private static final Charset GBK = Charset.forName("GBK");

    @Test
    void aGmailReplyIsReadWhole() {
        IncomingMail mail = Mails.read("""
                Return-Path: <ZhangSan.Wallet@Gmail.example>
                From: Zhang San <ZhangSan.Wallet@Gmail.example>
                To: Wallet Support <support@wallet.example>
                Subject: Re: Your support request [#T-3FA9C01B]
                Date: Tue, 1 Dec 2026 10:05:00 +0800
                Message-ID: <CAF3x9ZpQ2@mail.gmail.example>
                In-Reply-To: <baton.c_3fa9.7.abc@wallet.example>
                References: <first@wallet.example>
                 <baton.c_3fa9.7.abc@wallet.example>
                MIME-Version: 1.0
                Content-Type: text/plain; charset="UTF-8"

                Still nothing arrived.
                """);

        assertThat(mail.fromAddress()).isEqualTo("zhangsan.wallet@gmail.example");
        assertThat(mail.fromName()).isEqualTo("Zhang San");
        assertThat(mail.subject()).isEqualTo("Re: Your support request [#T-3FA9C01B]");
        assertThat(mail.date()).isEqualTo(Instant.parse("2026-12-01T02:05:00Z"));
        assertThat(mail.messageId()).isEqualTo("<CAF3x9ZpQ2@mail.gmail.example>");
        assertThat(mail.inReplyTo()).isEqualTo("<baton.c_3fa9.7.abc@wallet.example>");
        assertThat(mail.references()).containsExactly("<first@wallet.example>", "<baton.c_3fa9.7.abc@wallet.example>");
        assertThat(mail.text()).isEqualTo("Still nothing arrived.");
        assertThat(mail.kind()).isEqualTo(MailKind.PERSONAL);
        assertThat(mail.attachments()).isEmpty();
        assertThat(mail.truncated()).isFalse();
    }

    @Test
    void encodedSubjectsAndNamesAreDecodedInTheirCharsets() {
        IncomingMail mail = Mails.read("""
                From: =?GBK?B?%s?= <lisi@163.example>
                Subject: =?UTF-8?Q?=E6=8F=90=E7=8E=B0=E4=B8=80=E7=9B=B4=E6=B2=A1=E5=88=B0=E8=B4=A6?=
                Message-ID: <1@163.example>

                body
                """.formatted(Base64.getEncoder().encodeToString("李四".getBytes(GBK))));

        assertThat(mail.fromName()).isEqualTo("李四");
        assertThat(mail.subject()).isEqualTo("提现一直没到账");
    }

    @Test
    void aCharacterSplitBetweenTwoEncodedWordsIsJoinedBeforeDecoding() {
        byte[] utf8 = "你的工单".getBytes(StandardCharsets.UTF_8); // 12 bytes, cut inside the second character
        String first = Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(utf8, 0, 4));
        String second = Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(utf8, 4, 12));
        IncomingMail mail = Mails.read("""
                From: a@b.example
                Subject: Re: =?utf-8?B?%s?=
                 =?utf-8?B?%s?= [#T-3FA9C01B]

                x
                """.formatted(first, second));

        assertThat(mail.subject()).isEqualTo("Re: 你的工单 [#T-3FA9C01B]");
    }

    @Test
    void quotedNamesWithEncodedWordsInsideAndRawUtf8HeadersAreRead() {
        IncomingMail quoted = Mails.read("""
                From: "=?utf-8?B?546L5LqU?=" <WangWu@QQ.example>
                Subject: =?gb2312?B?xOO6ww==?=

                x
                """);
        IncomingMail raw = Mails.read("""
                From: 陈六 <chen6@example.com>
                Subject: 钱包打不开了

                x
                """);

        assertThat(quoted.fromName()).isEqualTo("王五");
        assertThat(quoted.fromAddress()).isEqualTo("wangwu@qq.example");
        assertThat(quoted.subject()).isEqualTo("你好");
        assertThat(raw.fromName()).isEqualTo("陈六");
        assertThat(raw.subject()).isEqualTo("钱包打不开了");
    }

    @Test
    void aBareAddressOrAnOldCommentFormHasItsName() {
        assertThat(Mails.read("From: Bob@Example.COM\n\nx").fromAddress()).isEqualTo("bob@example.com");
        assertThat(Mails.read("From: Bob@Example.COM\n\nx").fromName()).isEmpty();
        IncomingMail comment = Mails.read("From: bob@example.com (Bob Lee)\n\nx");
        assertThat(comment.fromAddress()).isEqualTo("bob@example.com");
        assertThat(comment.fromName()).isEqualTo("Bob Lee");
    }

    @Test
    void missingAndBrokenHeadersReadAsAbsent() {
        IncomingMail mail = Mails.read("""
                From: not an address at all
                Date: the day after tomorrow
                Message-ID:
                Subject:

                hello
                """);

        assertThat(mail.fromAddress()).isEmpty();
        assertThat(mail.date()).isNull();
        assertThat(mail.messageId()).isNull();
        assertThat(mail.inReplyTo()).isNull();
        assertThat(mail.references()).isEmpty();
        assertThat(mail.subject()).isEmpty();
        assertThat(mail.text()).isEqualTo("hello");
    }

    @Test
    void anIdWithoutBracketsIsKeptInThem() {
        IncomingMail mail = Mails.read("From: a@b.example\nMessage-ID: 12345.abc@host.example\n\nx");

        assertThat(mail.messageId()).isEqualTo("<12345.abc@host.example>");
    }

    @Test
    void controlCharactersAndBidiOverridesLeaveNamesAndSubjects() {
        IncomingMail mail = Mails.read("From: \"Sup\u202Eport\" <a@b.example>\nSubject: a\u0007b\n\nx");

        assertThat(mail.fromName()).isEqualTo("Sup port");
        assertThat(mail.subject()).isEqualTo("a b");
    }
}

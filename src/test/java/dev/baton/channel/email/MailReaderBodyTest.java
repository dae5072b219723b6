package dev.baton.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailReaderBodyTest {

    @ParameterizedTest(name = "{1} declared as {2}")
    @CsvSource({
        "我的提现三天了还没到账，交易哈希在下面。, GBK, gbk",
        // 镕 is in GBK but not in GB2312: senders label GBK text GB2312 all the time
        "朱镕基的钱包打不开了, GBK, gb2312",
        "我的錢包餘額顯示不正確，請幫忙查看。, Big5, big5",
        "資產轉帳失敗, Big5, \"Big5\"",
        "出金が反映されません, ISO-2022-JP, iso-2022-jp",
        "送金が届かない, Shift_JIS, shift_jis",
        "Mon dépôt n'apparaît pas, ISO-8859-1, iso-8859-1",
        "提现 ✓ 到账 €, UTF-8, utf-8",
        "提现 ✓ 到账, UTF-8, UTF8",
        "출금이 안 돼요, EUC-KR, ks_c_5601-1987",
    })
    void textIsDecodedInTheCharsetItDeclares(String text, String charset, String declared) {
        IncomingMail mail = Mails.READER.read(Mails.plain(text, Charset.forName(charset), declared));

        assertThat(mail.text()).isEqualTo(text);
    }

    @Test
    void utf8UnderAnAsciiLabelAndUnlabelledGbkAreReadAsClientsReadThem() {
        IncomingMail mislabelled = Mails.READER.read(Mails.plain("提现没到账", StandardCharsets.UTF_8, "us-ascii"));
        byte[] unlabelled = Mails.raw(
                "From: a@b.example\nContent-Type: text/plain\nContent-Transfer-Encoding: 8bit",
                "提现没到账".getBytes(Charset.forName("GBK")));
        byte[] unknown = Mails.raw(
                "From: a@b.example\nContent-Type: text/plain; charset=x-made-up",
                "提现没到账".getBytes(StandardCharsets.UTF_8));

        assertThat(mislabelled.text()).isEqualTo("提现没到账");
        assertThat(Mails.READER.read(unlabelled).text()).isEqualTo("提现没到账");
        assertThat(Mails.READER.read(unknown).text()).isEqualTo("提现没到账");
    }

    @Test
    void quotedPrintableIsDecoded() {
        IncomingMail mail = Mails.read("""
                From: a@b.example
                Content-Type: text/plain; charset=utf-8
                Content-Transfer-Encoding: quoted-printable

                =E4=BD=A0=E5=A5=BD=EF=BC=8C=E6=88=91=E7=9A=84=E5=85=85=E5=80=BC=E6=B2=A1=E5=88=
                =B0=E8=B4=A6
                """);

        assertThat(mail.text()).isEqualTo("你好，我的充值没到账");
    }

    @Test
    void ofAnAlternativeThePlainPartIsRead() {
        IncomingMail mail = Mails.read("""
                From: a@b.example
                Content-Type: multipart/alternative; boundary="b1"

                --b1
                Content-Type: text/html; charset=utf-8

                <div>HTML version</div>
                --b1
                Content-Type: text/plain; charset=utf-8

                Plain version
                --b1--
                """);

        assertThat(mail.text()).isEqualTo("Plain version");
    }

    @Test
    void aPictureBesideTheHtmlOfAnAlternativeIsListedAndTheHtmlNotRead() {
        IncomingMail mail = Mails.read("""
                From: a@b.example
                Content-Type: multipart/alternative; boundary="alt"

                --alt
                Content-Type: text/plain; charset=utf-8

                %s
                --alt
                Content-Type: multipart/related; boundary="rel"

                --rel
                Content-Type: text/html; charset=utf-8

                <p>%s</p><img src="cid:pic">
                --rel
                Content-Type: image/jpeg; name="IMG_0042.jpeg"
                Content-Disposition: inline; filename="IMG_0042.jpeg"
                Content-ID: <pic>

                /9j/4AAQ
                --rel--
                --alt--
                """.formatted("p".repeat(MailReader.MAX_TEXT), "h".repeat(1000)));

        assertThat(mail.text()).hasSize(MailReader.MAX_TEXT).doesNotContain("h");
        assertThat(mail.truncated()).isFalse();
        assertThat(mail.attachments()).extracting(Attachment::fileName).containsExactly("IMG_0042.jpeg");
    }

    @Test
    void anHtmlOnlyMailIsReadAsText() {
        IncomingMail mail = Mails.read("""
                From: a@b.example
                Content-Type: text/html; charset=utf-8

                <html><head><style>p{color:red}</style><title>x</title></head><body>
                <p>Hello&nbsp;team,</p><p>my deposit of 0.5&nbsp;ETH is &quot;pending&quot; &amp; stuck.</p>
                <div>Thanks<br>Zhang</div><script>alert(1)</script>
                </body></html>
                """);

        assertThat(mail.text())
                .isEqualTo("Hello team,\n\nmy deposit of 0.5 ETH is \"pending\" & stuck.\n\nThanks\nZhang");
    }

    @Test
    void anHtmlReplyInGbkLosesItsGmailQuote() {
        String html = """
                <div dir="ltr">收到，谢谢！</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">在 2026年12月1日周二 10:00，钱包客服 &lt;support@wallet.example&gt; 写道：<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex"><div>你的提现已经处理。</div></blockquote></div>
                """;
        byte[] raw = Mails.raw(
                "From: a@b.example\nContent-Type: text/html; charset=GB2312\nContent-Transfer-Encoding: base64",
                Mails.base64(html.getBytes(Charset.forName("GBK"))));

        IncomingMail mail = Mails.READER.read(raw);

        assertThat(mail.text()).isEqualTo("收到，谢谢！");
        assertThat(mail.body()).contains("> 你的提现已经处理。");
    }

    @Test
    void flowedTextIsJoinedBackIntoItsParagraphs() {
        IncomingMail mail = Mails.read("""
                From: a@b.example
                Content-Type: text/plain; charset=utf-8; format=flowed; delsp=no

                I sent 0.2 BTC to my own address yesterday and the wallet still shows it as\s
                pending.
                 From my side nothing changed.
                """);

        assertThat(mail.text())
                .isEqualTo("I sent 0.2 BTC to my own address yesterday and the wallet still shows it as pending.\n"
                        + "From my side nothing changed.");
    }

    @Test
    void inlineTextPartsAroundAPastedScreenshotAreReadInOrder() {
        IncomingMail mail = Mails.read("""
                From: a@b.example
                Content-Type: multipart/mixed; boundary="outer"

                --outer
                Content-Type: text/plain; charset=utf-8

                Here is the error:
                --outer
                Content-Type: image/png; name="Screenshot 2026-12-01.png"
                Content-Disposition: inline; filename="Screenshot 2026-12-01.png"
                Content-Transfer-Encoding: base64

                iVBORw0KGgo=
                --outer
                Content-Type: text/plain; charset=utf-8

                It appears after I press Send.
                --outer--
                """);

        assertThat(mail.text()).isEqualTo("Here is the error:\n\nIt appears after I press Send.");
        assertThat(mail.attachments()).extracting(Attachment::fileName).containsExactly("Screenshot 2026-12-01.png");
    }
}

package dev.baton.channel.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.conversation.Sender;
import dev.baton.decision.QuickReply;
import dev.baton.decision.ReplyLanguage;
import dev.baton.testing.HandClock;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailWriterTest {

    static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    static final String CONVERSATION = "c_3fa9c01b22d4e5f60718293a4b5c6d7e";
    static final MessageIds IDS = new MessageIds("a key of thirty-two bytes or more!".getBytes());
    static final MailWriter WRITER = new MailWriter(
            Session.getInstance(new Properties()), "support@wallet.example", "钱包客服 Wallet Support", new HandClock(NOW));

    static OutgoingMail mail(ReplyLanguage language, Sender author, String topic, String text, List<QuickReply> quick) {
        return new OutgoingMail(
                "zhangsan@qq.example",
                "张三",
                language,
                author,
                TicketReference.of(CONVERSATION),
                topic,
                text,
                quick,
                IDS.of(CONVERSATION, 42, "support@wallet.example"),
                new MailThread("<user-2@qq.example>", List.of("<user-1@qq.example>", "<user-2@qq.example>")));
    }

    static byte[] bytes(MimeMessage message) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    @Test
    void aBotReplyIsAThreadedAlternativeOfPlainTextAndHtml() throws Exception {
        MimeMessage message = WRITER.write(
                mail(ReplyLanguage.SIMPLIFIED, Sender.BOT, "Re: 提现一直没到账", "请提供交易哈希。\n我们会尽快核实。", List.of()));
        String raw = new String(bytes(message), java.nio.charset.StandardCharsets.US_ASCII);

        assertThat(message.getHeader("From")[0]).startsWith("=?UTF-8?").endsWith("<support@wallet.example>");
        assertThat(message.getHeader("To")[0]).isEqualTo("=?UTF-8?B?5byg5LiJ?= <zhangsan@qq.example>");
        assertThat(message.getSubject()).isEqualTo("Re: 提现一直没到账 [#T-3FA9C01B]");
        assertThat(message.getHeader("Subject")[0]).startsWith("=?UTF-8?");
        assertThat(message.getSentDate().toInstant()).isEqualTo(NOW);
        assertThat(message.getHeader("Message-ID")[0]).isEqualTo(IDS.of(CONVERSATION, 42, "support@wallet.example"));
        assertThat(message.getHeader("In-Reply-To")[0]).isEqualTo("<user-2@qq.example>");
        assertThat(message.getHeader("References")[0]).isEqualTo("<user-1@qq.example> <user-2@qq.example>");
        assertThat(message.getHeader("Auto-Submitted")[0]).isEqualTo("auto-replied");
        assertThat(message.getHeader("X-Auto-Response-Suppress")[0]).isEqualTo("OOF, AutoReply");
        assertThat(message.getHeader("Content-Language")[0]).isEqualTo("zh-Hans");
        assertThat(raw).doesNotContain("提现"); // every header and body line is 7-bit on the wire

        MimeMultipart body = (MimeMultipart) message.getContent();
        assertThat(body.getContentType()).startsWith("multipart/alternative");
        assertThat(body.getBodyPart(0).getContentType()).isEqualToIgnoringCase("text/plain; charset=UTF-8");
        assertThat(body.getBodyPart(1).getContentType()).isEqualToIgnoringCase("text/html; charset=UTF-8");
        assertThat((String) body.getBodyPart(0).getContent())
                .isEqualTo("请提供交易哈希。\n我们会尽快核实。\n\n-- \n工单 [#T-3FA9C01B]：直接回复这封邮件即可继续对话。\n" + "我们绝不会向你索要助记词或私钥。\n");
    }

    @Test
    void theMessageIdSurvivesSavingAndSendingAgain() throws Exception {
        MimeMessage message = WRITER.write(mail(ReplyLanguage.ENGLISH, Sender.AGENT, null, "Hello", List.of()));
        String id = IDS.of(CONVERSATION, 42, "support@wallet.example");

        message.saveChanges();
        IncomingMail reread = Mails.READER.read(bytes(message));

        assertThat(message.getMessageID()).isEqualTo(id);
        assertThat(reread.messageId()).isEqualTo(id);
        MimeMessage retried = WRITER.write(mail(ReplyLanguage.ENGLISH, Sender.AGENT, null, "Hello", List.of()));
        assertThat(retried.getMessageID()).isEqualTo(id); // a retried send is the same mail to the user's client
    }

    @Test
    void onlyBatonsOwnMessagesSayTheyAreAutomatic() throws Exception {
        assertThat(WRITER.write(mail(ReplyLanguage.ENGLISH, Sender.AGENT, null, "Hi", List.of()))
                        .getHeader("Auto-Submitted"))
                .isNull();
        assertThat(WRITER.write(mail(ReplyLanguage.ENGLISH, Sender.SYSTEM, null, "Hi", List.of()))
                        .getHeader("Auto-Submitted")[0])
                .isEqualTo("auto-generated");
        assertThatThrownBy(() -> mail(ReplyLanguage.ENGLISH, Sender.USER, null, "Hi", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void quickRepliesAreANumberedListAndTheHtmlIsEscaped() throws Exception {
        List<QuickReply> quick =
                List.of(new QuickReply("handoff", "Human agent"), new QuickReply("skip", "Skip <now>"));
        MimeMessage message =
                WRITER.write(mail(ReplyLanguage.ENGLISH, Sender.BOT, null, "Is it <b>urgent</b> & new?", quick));
        MimeMultipart body = (MimeMultipart) message.getContent();
        String plain = (String) body.getBodyPart(0).getContent();
        String html = (String) body.getBodyPart(1).getContent();

        assertThat(plain)
                .startsWith(
                        "Is it <b>urgent</b> & new?\n\nReply with the number of your choice:\n1. Human agent\n"
                                + "2. Skip <now>\n\n-- \nTicket [#T-3FA9C01B]: reply to this email to continue the conversation.");
        assertThat(html)
                .contains("<html lang=\"en\">")
                .contains("Is it &lt;b&gt;urgent&lt;/b&gt; &amp; new?")
                .contains("<ol>\n<li>Human agent</li>\n<li>Skip &lt;now&gt;</li>\n</ol>")
                .doesNotContain("<b>");
        assertThat(HtmlText.of(html, 10_000).text()).contains("- Human agent\n- Skip <now>");
    }

    @Test
    void noLineOnTheWireIsLongerThanMailAllows() throws Exception {
        String text = "a".repeat(2_000) + "\n" + "很长".repeat(2_000);
        String raw = new String(
                bytes(WRITER.write(mail(ReplyLanguage.ENGLISH, Sender.BOT, null, text, List.of()))),
                java.nio.charset.StandardCharsets.US_ASCII);

        assertThat(raw.split("\r\n"))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(998));
        assertThat(Mails.READER
                        .read(raw.getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                        .text())
                .isEqualTo(text);
    }

    @Test
    void subjectsAreInTheConversationsLanguage() {
        TicketReference t = TicketReference.of(CONVERSATION);

        assertThat(MailWriter.subject(null, t, ReplyLanguage.SIMPLIFIED)).isEqualTo("你的工单 [#T-3FA9C01B]");
        assertThat(MailWriter.subject("  ", t, ReplyLanguage.TRADITIONAL)).isEqualTo("你的工單 [#T-3FA9C01B]");
        assertThat(MailWriter.subject(null, t, ReplyLanguage.ENGLISH)).isEqualTo("Your support request [#T-3FA9C01B]");
        assertThat(MailWriter.subject("RE: 回复：Re[2]: 钱包打不开 [#T-3FA9C01B]", t, ReplyLanguage.SIMPLIFIED))
                .isEqualTo("Re: 钱包打不开 [#T-3FA9C01B]");
        assertThat(MailWriter.subject("Fwd: strange mail", t, ReplyLanguage.ENGLISH))
                .isEqualTo("Re: Fwd: strange mail [#T-3FA9C01B]");
        assertThat(MailWriter.subject("x".repeat(500), t, ReplyLanguage.ENGLISH))
                .hasSize("Re: ".length() + 150 + "… [#T-3FA9C01B]".length());
    }

    @Test
    void theFooterIsWrittenInEachLanguage() {
        assertThat(MailBody.plain(mail(ReplyLanguage.TRADITIONAL, Sender.BOT, null, "好的", List.of())))
                .isEqualTo("好的\n\n-- \n工單 [#T-3FA9C01B]：直接回覆這封郵件即可繼續對話。\n我們絕不會向你索取助記詞或私鑰。\n");
        assertThat(MailBody.plain(mail(ReplyLanguage.ENGLISH, Sender.AGENT, null, "OK", List.of())))
                .endsWith("We will never ask for your recovery phrase or private key.\n");
    }

    @Test
    void addressesAndIdsThatCouldInjectHeadersAreRefused() {
        assertThatThrownBy(() -> WRITER.write(new OutgoingMail(
                        "a@b.example\r\nBcc: all@corp.example",
                        null,
                        ReplyLanguage.ENGLISH,
                        Sender.BOT,
                        TicketReference.of(CONVERSATION),
                        null,
                        "x",
                        List.of(),
                        "<a@b>",
                        MailThread.none())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("a@b.example");
        assertThatThrownBy(() -> new OutgoingMail(
                        "a@b.example",
                        null,
                        ReplyLanguage.ENGLISH,
                        Sender.BOT,
                        TicketReference.of(CONVERSATION),
                        null,
                        "x",
                        List.of(),
                        "<a@b>\r\nBcc: x@y",
                        MailThread.none()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailThread("<a@b>\r\nBcc: x@y", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        new MailWriter(Session.getInstance(new Properties()), "nodomain", "x", new HandClock(NOW)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNameWithLineBreaksStaysOnOneLine() throws Exception {
        MimeMessage message = WRITER.write(new OutgoingMail(
                "a@b.example",
                "Eve\r\nBcc: all@corp.example",
                ReplyLanguage.ENGLISH,
                Sender.BOT,
                TicketReference.of(CONVERSATION),
                "Hi\r\nBcc: x@y.example",
                "x",
                List.of(),
                "<a@b>",
                MailThread.none()));

        assertThat(message.getHeader("Bcc")).isNull();
        assertThat(message.getHeader("To")[0]).doesNotContain("\n");
        assertThat(message.getSubject()).isEqualTo("Re: Hi Bcc: x@y.example [#T-3FA9C01B]");
    }
}

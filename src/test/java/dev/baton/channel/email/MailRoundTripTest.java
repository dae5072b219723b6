package dev.baton.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.conversation.Sender;
import dev.baton.decision.QuickReply;
import dev.baton.decision.ReplyLanguage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What Baton writes reads back the same, and a user's answer to it leads back to its conversation. */
class MailRoundTripTest {

    @ParameterizedTest
    @EnumSource(ReplyLanguage.class)
    void subjectTextAndTicketComeBackAsWritten(ReplyLanguage language) throws Exception {
        String text = "第一行 line one\n第二行 «quoted» & <tags>\n" + "很长的一行".repeat(40);
        OutgoingMail out = MailWriterTest.mail(language, Sender.AGENT, "Re: 提现没到账 [#T-3FA9C01B]", text, List.of());

        IncomingMail back = Mails.READER.read(MailWriterTest.bytes(MailWriterTest.WRITER.write(out)));

        assertThat(back.subject()).isEqualTo("Re: 提现没到账 [#T-3FA9C01B]");
        assertThat(TicketReference.find(back.subject())).contains(out.ticket());
        assertThat(back.text()).isEqualTo(text);
        assertThat(back.fromAddress()).isEqualTo("support@wallet.example");
        assertThat(back.fromName()).isEqualTo("钱包客服 Wallet Support");
        assertThat(back.messageId()).isEqualTo(out.messageId());
        assertThat(back.references()).containsExactly("<user-1@qq.example>", "<user-2@qq.example>");
    }

    @Test
    void aGmailReplyToBatonsMailIsThreadedAndItsNumberChoosesTheQuickReply() throws Exception {
        List<QuickReply> quick = List.of(new QuickReply("handoff", "转人工"), new QuickReply("skip", "跳过"));
        OutgoingMail out = MailWriterTest.mail(ReplyLanguage.SIMPLIFIED, Sender.BOT, null, "需要转人工吗？", quick);
        IncomingMail sent = Mails.READER.read(MailWriterTest.bytes(MailWriterTest.WRITER.write(out)));
        MailThread thread = MailThread.replyTo(sent);

        IncomingMail reply = Mails.read("""
                From: 张三 <zhangsan@qq.example>
                To: support@wallet.example
                Subject: Re: %s
                Message-ID: <user-3@qq.example>
                References: %s
                Content-Type: text/plain; charset=utf-8

                1

                在 2026年12月1日周二 10:00，钱包客服 <support@wallet.example> 写道：
                > 需要转人工吗？
                > 回复对应的数字即可选择：
                > 1. 转人工
                > 2. 跳过
                """.formatted(sent.subject(), String.join(" ", thread.references())));

        assertThat(reply.inReplyTo()).isNull();
        assertThat(MailWriterTest.IDS.repliedTo(reply))
                .contains(new MessageIds.RepliedTo(MailWriterTest.CONVERSATION, 42));
        assertThat(reply.text()).isEqualTo("1");
        assertThat(NumberedReplies.chosen(reply.text(), quick)).contains(quick.get(0));
        assertThat(TicketReference.find(reply.subject())).contains(out.ticket());
    }
}

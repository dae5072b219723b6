package dev.baton.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.channel.InboundMessage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a received mail becomes: the sender's chat, unique on its Message-ID, threaded only into a conversation of
 * the sender's address, its subject leading a first mail's text, its files listed; machines' mail and Baton's own
 * taken in not at all.
 */
class MailIntakeTest {

    static final String DESK = "help@wallet.example";
    static final MessageIds IDS = new MessageIds("k".repeat(32).getBytes(StandardCharsets.UTF_8));

    /** The address's conversations by reference, as the store links them. */
    static final class Links implements MailThreads {
        final Map<String, String> byReference = Map.of("li@example.com|3FA9C01B", "c_3fa9c01b00");

        @Override
        public Optional<String> conversationOf(TicketReference ticket, String address) {
            return Optional.ofNullable(byReference.get(address + "|" + ticket.code()));
        }

        @Override
        public Optional<Thread> thread(String conversationId) {
            return Optional.empty();
        }

        @Override
        public byte[] messageIdKey() {
            return "k".repeat(32).getBytes(StandardCharsets.UTF_8);
        }
    }

    private final MailIntake intake = new MailIntake(DESK, () -> IDS, new Links());

    private Optional<InboundMessage> take(String mail) {
        return intake.message(Mails.read(mail), Mails.raw(mail));
    }

    @Test
    void aFirstMailIsTheSendersChatLedByItsSubject() {
        InboundMessage m = take("""
                From: Li <Li@Example.com>
                To: help@wallet.example
                Subject: 转账一直没到账
                Message-ID: <q1@example.com>
                Content-Type: text/plain; charset=UTF-8

                如题，昨天转的 USDT。
                """).orElseThrow();

        assertThat(m.channel()).isEqualTo("email");
        assertThat(m.chatId()).isEqualTo("li@example.com");
        assertThat(m.eventId()).isEqualTo("<q1@example.com>");
        assertThat(m.text()).isEqualTo("转账一直没到账\n如题，昨天转的 USDT。");
        assertThat(m.topic()).isEqualTo("转账一直没到账");
        assertThat(m.thread()).isNull();
    }

    @Test
    void aReplyToBatonsMailNamesItsConversationAndKeepsOnlyTheNewText() {
        String baton = IDS.of("c_77aa00bb11", 41, DESK);
        InboundMessage m = take("""
                From: wu@example.com
                Subject: Re: 你的工单 [#T-77AA00BB]
                Message-ID: <r1@example.com>
                In-Reply-To: %s
                Content-Type: text/plain; charset=UTF-8

                好的，谢谢。

                在 2026年12月7日 10:00，钱包客服 <help@wallet.example> 写道：
                > 请问转账是从哪个平台发出的？
                """.formatted(baton)).orElseThrow();

        assertThat(m.thread()).isEqualTo("c_77aa00bb11");
        assertThat(m.text()).isEqualTo("好的，谢谢。");
    }

    @Test
    void aSubjectsReferenceCountsOnlyForTheAddressItsConversationMailsTo() {
        String mail = """
                From: %s
                Subject: 还是没到 [#T-3FA9C01B]
                Message-ID: <%s@example.com>
                Content-Type: text/plain; charset=UTF-8

                还是没到
                """;

        assertThat(take(mail.formatted("li@example.com", "s1")).orElseThrow().thread())
                .isEqualTo("c_3fa9c01b00");
        assertThat(take(mail.formatted("mallory@example.com", "s2"))
                        .orElseThrow()
                        .thread())
                .as("someone else quoting the reference")
                .isNull();
    }

    @Test
    void filesAreListedNotKept() {
        InboundMessage m = take("""
                From: li@example.com
                Subject: 交易截图
                Message-ID: <a1@example.com>
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b"

                --b
                Content-Type: text/plain; charset=UTF-8

                截图在附件里
                --b
                Content-Type: image/png; name="tx.png"
                Content-Disposition: attachment; filename="tx.png"
                Content-Transfer-Encoding: base64

                iVBORw0KGgo=
                --b--
                """).orElseThrow();

        assertThat(m.text()).startsWith("交易截图\n截图在附件里\n📎 tx.png (").doesNotContain("iVBOR");
    }

    @Test
    void machinesMailAndBatonsOwnAreNotTakenIn() {
        assertThat(take("""
                From: li@example.com
                Subject: 自动回复: 你的工单
                Auto-Submitted: auto-replied
                Message-ID: <ooo@example.com>

                我正在休假。
                """)).isEmpty();
        assertThat(take("""
                From: MAILER-DAEMON@example.com
                Subject: Undelivered Mail Returned to Sender
                Message-ID: <bounce@example.com>

                This is the mail system.
                """)).isEmpty();
        assertThat(take("""
                From: Help <help@wallet.example>
                Subject: 你的工单
                Message-ID: <own@wallet.example>

                Baton 自己的信
                """)).isEmpty();
    }

    @Test
    void aMailWithoutAMessageIdIsKnownByItsBytes() {
        String mail = """
                From: li@example.com
                Subject: hi

                hello
                """;

        String first = take(mail).orElseThrow().eventId();

        assertThat(first)
                .startsWith("sha256:")
                .isEqualTo(take(mail).orElseThrow().eventId());
        assertThat(Arrays.asList(first.split(":"))).hasSize(2);
    }
}

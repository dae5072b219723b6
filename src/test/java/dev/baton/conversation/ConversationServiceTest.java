package dev.baton.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.baton.Understanding;
import dev.baton.decision.Localizer;
import dev.baton.details.DetailExtractor;
import dev.baton.handoff.QueueHandoffDesk;
import dev.baton.handoff.SlaPolicy;
import dev.baton.handoff.Ticket;
import dev.baton.store.jdbc.Database;
import dev.baton.store.jdbc.JdbcConversationStore;
import dev.baton.store.jdbc.JdbcTicketStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The service over the real policy and an in-memory embedded store. */
class ConversationServiceTest {

    static Database database;
    static ConversationService service;
    static JdbcTicketStore tickets;
    static JdbcConversationStore store;
    static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    @BeforeAll
    static void wire() {
        database = Database.open(
                "jdbc:h2:mem:svc" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "baton",
                "",
                2);
        tickets = new JdbcTicketStore(database);
        LocalConversationEvents events = new LocalConversationEvents();
        store = new JdbcConversationStore(database);
        service = new ConversationService(
                store,
                tickets,
                new QueueHandoffDesk(
                        tickets,
                        Duration.ofMinutes(3),
                        SlaPolicy.DEFAULT,
                        Duration.ofNanos(1),
                        Clock.systemUTC(),
                        Ticker.systemTicker(),
                        Runnable::run),
                Understanding.load(Path.of("faq-corpus"), Path.of("models")).policy(),
                new Dialogue(new ExtractorDetailReader(new DetailExtractor()), new Localizer()),
                events,
                Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC),
                Duration.ofHours(24));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static Ticket ticketOf(String conversationId) {
        Conversation c = service.authorize(conversationId, TOKENS.get(conversationId));
        return tickets.find(c.memory().ticketId()).orElseThrow();
    }

    private static String start() {
        Started s = service.start("zh-CN", "web");
        TOKENS.put(s.conversationId(), s.token());
        return s.conversationId();
    }

    @Test
    void onlyTheTokenOfAConversationOpensIt() {
        String id = start();
        String other = start();

        assertThat(service.authorize(id, TOKENS.get(id)).id()).isEqualTo(id);
        assertThatThrownBy(() -> service.authorize(id, TOKENS.get(other)))
                .isInstanceOfSatisfying(
                        ChatException.class,
                        e -> assertThat(e.problem()).isEqualTo(ChatException.Problem.UNAUTHORIZED));
        assertThatThrownBy(() -> service.authorize("c_missing", "x"))
                .isInstanceOfSatisfying(
                        ChatException.class,
                        e -> assertThat(e.problem()).isEqualTo(ChatException.Problem.CONVERSATION_NOT_FOUND));
    }

    @Test
    void detailsGivenWhileQueuedReachTheTicketAndANothingMessageLeavesItAlone() {
        String id = start();
        service.send(id, "我的币被盗了", null);
        service.send(id, "跳过", Dialogue.SKIP_ID);
        Ticket before = ticketOf(id);

        service.send(id, "txid 0x9fc76417374aa880d4449a1f7f31ec597f00b1f6f3dd2d66f4c9c6c445836d8b 转了500u", null);
        Ticket withHash = ticketOf(id);
        service.send(id, "好的", null);

        assertThat(before.priority().code()).isEqualTo("urgent");
        assertThat(withHash.details().txHashes())
                .singleElement()
                .satisfies(h -> assertThat(h.verified()).isTrue());
        assertThat(withHash.details().amount()).isEqualTo("500 USDT");
        assertThat(ticketOf(id)).isEqualTo(withHash);
    }

    @Test
    void aRequestForAPersonThatAsksFirstSaysSoRatherThanThatTheTransferIsUnderWay() {
        TurnResult zh = service.send(start(), "转人工", null);
        TurnResult en = service.send(start(), "human agent", null);

        assertThat(zh.state()).isEqualTo(ConversationState.COLLECTING_DETAILS);
        assertThat(zh.reply().text())
                .startsWith("好的，我来帮你转人工客服。转接前请先回答一两个问题")
                .doesNotContain("正在为你转接")
                .contains("账号邮箱或用户名");
        assertThat(en.state()).isEqualTo(ConversationState.COLLECTING_DETAILS);
        assertThat(en.reply().text())
                .startsWith("Sure, I'll get you a human agent. First, a question or two")
                .doesNotContain("connecting you")
                .contains("email or username");
    }

    @Test
    void anUrgentReplySaysFirstThatTheCaseWentAheadAndEndsWithItsQuestionSetApart() {
        String zh = service.send(start(), "我的币被盗了", null).reply().text();
        String en = service.send(start(), "my coins were stolen, someone moved my funds out", null)
                .reply()
                .text();

        assertThat(zh).startsWith("已为你加急，优先处理：你现在排第");
        assertThat(zh.substring(zh.lastIndexOf("\n\n") + 2))
                .startsWith("➡️ 在等待的同时")
                .contains("账号邮箱或用户名")
                .endsWith("可以回复“跳过”。");
        assertThat(en).startsWith("Your case is marked urgent and goes ahead of others: position ");
        assertThat(en.substring(en.lastIndexOf("\n\n") + 2))
                .startsWith("➡️ While you wait")
                .contains("email or username")
                .endsWith("You can reply \"skip\".");
    }

    @Test
    void theStoredMessageIsTheRedactedOneAndTheTurnIsAcknowledgedWithIt() {
        String id = start();
        TurnResult turn =
                service.send(id, "0c28fca386c7a227600b2fe50b7cae11ec86d3bf1fbe471be89827e19d72aa1d 这是我的私钥", null);

        assertThat(turn.userMessage().text()).startsWith("[redacted: private key]");
        assertThat(turn.decision().reason()).isEqualTo("secret_exposed");
        assertThat(service.transcript(service.authorize(id, TOKENS.get(id)), 0, 10)
                        .messages())
                .extracting(Message::text)
                .noneMatch(t -> t.contains("0c28fca386"));
    }

    @Test
    void aTooLongOrEmptyTextIsRefusedAndNothingIsStored() {
        String id = start();

        assertThatThrownBy(() -> service.send(id, "a".repeat(4_001), null))
                .isInstanceOfSatisfying(
                        ChatException.class,
                        e -> assertThat(e.problem()).isEqualTo(ChatException.Problem.TEXT_TOO_LONG));
        assertThatThrownBy(() -> service.send(id, " ", null)).isInstanceOf(ChatException.class);
        assertThat(service.authorize(id, TOKENS.get(id)).lastSeq()).isZero();
    }

    @Test
    void aMessageToAConversationThatExpiredAfterItWasOpenedIsNotFoundAndStoresNothing() {
        String id = start();
        Conversation opened = service.authorize(id, TOKENS.get(id));
        store.deleteEmptyBefore(opened.createdAt().plusMillis(1));

        assertThatThrownBy(() -> service.send(opened, "怎么联系在线客服？", null))
                .isInstanceOfSatisfying(
                        ChatException.class,
                        e -> assertThat(e.problem()).isEqualTo(ChatException.Problem.CONVERSATION_NOT_FOUND));
        assertThat(store.find(id)).isEmpty();
        assertThat(store.messages(id, 0, 10)).isEmpty();
    }

    @Test
    void concurrentMessagesToOneConversationNeverInterleaveOrLoseATurn() throws Exception {
        String id = start();
        Conversation read = service.authorize(id, TOKENS.get(id));
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> sent = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            sent.add(pool.submit(() -> {
                go.await();
                try {
                    service.send(read, "怎么联系在线客服？", null); // every thread starts from the same stale read
                    return true;
                } catch (ChatException e) {
                    assertThat(e.problem()).isEqualTo(ChatException.Problem.CONFLICT);
                    return false;
                }
            }));
        }
        go.countDown();
        int accepted = 0;
        for (Future<Boolean> f : sent) {
            accepted += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();

        List<Message> messages = service.transcript(service.authorize(id, TOKENS.get(id)), 0, 100)
                .messages();
        assertThat(accepted).isPositive();
        assertThat(messages).hasSize(2 * accepted);
        for (int i = 0; i < messages.size(); i++) {
            assertThat(messages.get(i).seq()).isEqualTo(i + 1);
            assertThat(messages.get(i).sender()).isEqualTo(i % 2 == 0 ? Sender.USER : Sender.BOT);
        }
    }
}

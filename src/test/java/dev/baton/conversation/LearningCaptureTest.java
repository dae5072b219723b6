package dev.baton.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.baton.Understanding;
import dev.baton.decision.DecisionPolicy;
import dev.baton.decision.Localizer;
import dev.baton.details.DetailExtractor;
import dev.baton.handoff.QueueHandoffDesk;
import dev.baton.handoff.SlaPolicy;
import dev.baton.learning.CapturedMessage;
import dev.baton.store.jdbc.Database;
import dev.baton.store.jdbc.JdbcConversationStore;
import dev.baton.store.jdbc.JdbcLearningStore;
import dev.baton.store.jdbc.JdbcTicketStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which user messages a conversation keeps for the learning loop, over the real policy and an in-memory store:
 * those Baton asked back on, called out of scope, or handed off after asking in vain; not those it answered,
 * the hash-or-key question, nor anything once the conversation left Baton; and nothing when capture is off.
 */
class LearningCaptureTest {

    static DecisionPolicy policy;
    Database database;
    JdbcLearningStore learning;

    @BeforeAll
    static void load() {
        policy = Understanding.load(Path.of("faq-corpus"), Path.of("models")).policy();
    }

    @BeforeEach
    void open() {
        database = Database.open(
                "jdbc:h2:mem:learn" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "baton",
                "",
                2);
        learning = new JdbcLearningStore(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private ConversationService service(boolean capture) {
        JdbcTicketStore tickets = new JdbcTicketStore(database);
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
        return new ConversationService(
                new JdbcConversationStore(database),
                tickets,
                new QueueHandoffDesk(
                        tickets,
                        Duration.ofMinutes(3),
                        SlaPolicy.DEFAULT,
                        Duration.ofNanos(1),
                        clock,
                        Ticker.systemTicker(),
                        Runnable::run),
                () -> policy,
                policy.scanner(),
                new Dialogue(new ExtractorDetailReader(new DetailExtractor()), new Localizer()),
                new LocalConversationEvents(),
                clock,
                Duration.ofHours(24),
                capture);
    }

    private static String say(ConversationService service, String... texts) {
        String id = service.start("zh-CN", "web").conversationId();
        for (String text : texts) {
            service.send(id, text, null);
        }
        return id;
    }

    @Test
    void whatBatonAskedBackOnOrCalledOutOfScopeIsKeptWithItsLanguageAndDecision() {
        ConversationService service = service(true);
        String asked = say(service, "lianxi kefu");
        String traditional = say(service, "比特幣明天會漲嗎");

        List<CapturedMessage> kept = learning.open(10);

        assertThat(kept)
                .extracting(CapturedMessage::text, CapturedMessage::language, CapturedMessage::decision)
                .containsExactlyInAnyOrder(
                        tuple("lianxi kefu", "en", "clarify"), tuple("比特幣明天會漲嗎", "zh-Hant", "fallback"));
        assertThat(kept)
                .filteredOn(m -> m.conversationId().equals(asked))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.reason()).isEqualTo("low_confidence");
                    assertThat(m.seq()).isEqualTo(1);
                    assertThat(m.intent()).isNotNull();
                });
        assertThat(kept)
                .filteredOn(m -> m.conversationId().equals(traditional))
                .singleElement()
                .satisfies(m -> assertThat(m.reason()).isEqualTo("out_of_scope"));
    }

    @Test
    void theSecondUnclearMessageHandsOffAndIsKeptButTheAnswersToTheDetailQuestionsAreNot() {
        String id = say(service(true), "lianxi kefu", "kf在吗 怎么联系", "跳过", "跳过");

        assertThat(learning.open(10))
                .filteredOn(m -> m.conversationId().equals(id))
                .extracting(CapturedMessage::text, CapturedMessage::decision, CapturedMessage::reason)
                .containsExactlyInAnyOrder(
                        tuple("lianxi kefu", "clarify", "low_confidence"),
                        tuple("kf在吗 怎么联系", "handoff:human", Dialogue.UNCLEAR_REASON));
    }

    @Test
    void answeredMessagesAndTheHashOrKeyQuestionAreNotKept() {
        say(service(true), "怎么联系在线客服？", "0c28fca386c7a227600b2fe50b7cae11ec86d3bf1fbe471be89827e19d72aa1d");

        assertThat(learning.open(10)).isEmpty();
    }

    @Test
    void withCaptureOffNothingIsKept() {
        say(service(false), "lianxi kefu", "比特币明天会涨吗");

        assertThat(learning.open(10)).isEmpty();
    }
}

package dev.baton;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.baton.config.LearningConfig;
import dev.baton.conversation.ConversationService;
import dev.baton.conversation.Dialogue;
import dev.baton.conversation.ExtractorDetailReader;
import dev.baton.conversation.LocalConversationEvents;
import dev.baton.decision.LivePolicy;
import dev.baton.details.DetailExtractor;
import dev.baton.handoff.QueueHandoffDesk;
import dev.baton.handoff.SlaPolicy;
import dev.baton.learning.SuggestionGroup;
import dev.baton.store.jdbc.Database;
import dev.baton.store.jdbc.JdbcConversationStore;
import dev.baton.store.jdbc.JdbcTicketStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The learning loop as wired, end to end in memory: what users asked and Baton could not answer comes back to
 * editors as a group, with the shipped model and the real sentence encoder.
 */
class LearningLoopTest {

    @Test
    void questionsBatonDeclinedComeBackToEditorsAsAGroup() {
        Understanding understanding = Understanding.load(Path.of("faq-corpus"), Path.of("models"));
        try (Database database = Database.open(
                "jdbc:h2:mem:loop" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "baton",
                "",
                2)) {
            JdbcConversationStore conversations = new JdbcConversationStore(database);
            JdbcTicketStore tickets = new JdbcTicketStore(database);
            LivePolicy live = LivePolicy.fixed(understanding.policy(), understanding.corpus());
            Clock clock = Clock.systemUTC();
            ConversationService service = new ConversationService(
                    conversations,
                    tickets,
                    new QueueHandoffDesk(
                            tickets,
                            Duration.ofMinutes(3),
                            SlaPolicy.DEFAULT,
                            Duration.ofNanos(1),
                            clock,
                            Ticker.systemTicker(),
                            Runnable::run),
                    live,
                    understanding.policy().scanner(),
                    new Dialogue(new ExtractorDetailReader(new DetailExtractor()), understanding.localizer()),
                    new LocalConversationEvents(),
                    clock,
                    Duration.ofHours(24));
            for (String text : List.of("比特币明天会涨吗", "以太坊明天会涨吗", "怎么联系在线客服？")) {
                service.send(service.start("zh-CN", "web").conversationId(), text, null);
            }
            LearningLoop loop = LearningLoop.wire(
                    new LearningConfig(true, Duration.ofDays(30)),
                    understanding,
                    database,
                    conversations,
                    tickets,
                    live,
                    clock);

            List<SuggestionGroup> groups = loop.suggestions().groups(20);

            assertThat(groups).hasSize(1);
            assertThat(groups.get(0).messages())
                    .extracting(s -> s.message().text())
                    .containsExactlyInAnyOrder("比特币明天会涨吗", "以太坊明天会涨吗");
            assertThat(groups.get(0).suggestedEntry()).isEqualTo("out-of-scope");
            assertThat(groups.get(0).terms()).contains("明天");
            assertThat(loop.retention().sweep()).isZero();
            loop.retention().close();
        }
    }
}

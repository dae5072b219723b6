package dev.baton.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.baton.Understanding;
import dev.baton.conversation.ConversationService;
import dev.baton.conversation.Dialogue;
import dev.baton.conversation.ExtractorDetailReader;
import dev.baton.conversation.LocalConversationEvents;
import dev.baton.conversation.Started;
import dev.baton.decision.Localizer;
import dev.baton.details.DetailExtractor;
import dev.baton.handoff.QueueHandoffDesk;
import dev.baton.handoff.SlaPolicy;
import dev.baton.report.Period;
import dev.baton.report.Report;
import dev.baton.report.SupervisorReport;
import dev.baton.testing.HandClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Containment over a scripted mix of conversations run through the real conversation service on a fake clock,
 * read back from the store by the report: the figure equals the one counted by hand below. One subclass per
 * database, since the report's reads are SQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReportContract {

    private static final Instant T0 = Instant.parse("2030-03-01T00:00:00Z");
    private static final Duration WINDOW = Duration.ofHours(24);

    Database database;
    ConversationService service;
    JdbcChannelStore chats;
    SupervisorReport report;
    final HandClock clock = new HandClock(T0);

    abstract Database open();

    void dispose() {}

    @BeforeAll
    void wire() {
        database = open();
        JdbcTicketStore tickets = new JdbcTicketStore(database);
        chats = new JdbcChannelStore(database);
        service = new ConversationService(
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
                Understanding.load(Path.of("faq-corpus"), Path.of("models")).policy(),
                new Dialogue(new ExtractorDetailReader(new DetailExtractor()), new Localizer()),
                new LocalConversationEvents(),
                clock,
                Duration.ofHours(24));
        report = new SupervisorReport(new JdbcReportStore(database), WINDOW, clock);
    }

    @AfterAll
    void close() {
        if (database != null) {
            database.close();
        }
        dispose();
    }

    private String widget() {
        return service.start("zh-CN", "web").conversationId();
    }

    private String telegram(String chatId) {
        Started s = service.start("zh-CN", "telegram");
        chats.link(s.conversationId(), "telegram", chatId, clock.instant());
        return s.conversationId();
    }

    private void say(String conversationId, String text) {
        service.send(conversationId, text, null);
    }

    private void later(Duration by) {
        clock.advance(by);
    }

    @Test
    void theContainmentOfAScriptedMixEqualsTheOneCountedByHand() {
        // Day 1, 00:00. Each conversation's first session ends at its last message; its window closes 24 h later.
        String answered = widget(); //                                    contained
        say(answered, "客服几点上班");
        later(Duration.ofMinutes(1));
        String clarified = widget(); //                                   not answered: Baton only asked back
        say(clarified, "lianxi kefu");
        later(Duration.ofMinutes(1));
        String normal = widget(); //                                      handed off (normal)
        say(normal, "转人工");
        say(normal, "跳过"); // the details Baton asks for before it queues the ticket
        say(normal, "跳过");
        later(Duration.ofMinutes(1));
        String urgent = widget(); //                                      handed off (urgent)
        say(urgent, "我的币被盗了");
        later(Duration.ofMinutes(1));
        String cameBack = widget(); //                                    came back within the window: not contained
        say(cameBack, "客服几点上班");
        later(Duration.ofMinutes(1));
        String backLate = widget(); //                                    came back after the window: contained
        say(backLate, "客服几点上班");
        later(Duration.ofMinutes(1));
        String unrelated = widget(); //                                   came back on something else: contained
        say(unrelated, "客服几点上班");
        later(Duration.ofMinutes(1));
        String chatFirst = telegram("chat-7"); //                         the chat came back within the window
        say(chatFirst, "客服几点上班");
        later(Duration.ofMinutes(1));
        String smalltalk = widget(); //                                   not answered: a greeting only
        say(smalltalk, "你好");

        later(Duration.ofHours(3)); // Day 1, 03:09
        say(cameBack, "客服几点上班?");
        say(unrelated, "怎么联系客服"); //                                 a new question: how to reach support
        String chatAgain = telegram("chat-7"); //                         contained itself: nothing came after it
        say(chatAgain, "客服什么时候上班");

        later(Duration.ofHours(27)); // Day 2, 06:09: every window above has closed
        say(backLate, "客服几点上班");
        String pending = widget(); //                                     pending: its window is still open
        say(pending, "客服几点上班");
        later(Duration.ofHours(1));

        Report week = report.of(Period.WEEK);
        Report.Containment c = week.containment();

        // By hand: contained = answered, backLate, unrelated, chatAgain (4); came back = cameBack, chatFirst (2);
        // handed off = normal, urgent (2); not answered = clarified, smalltalk (2); pending = pending (1).
        assertThat(c.contained()).as("contained").isEqualTo(4);
        assertThat(c.cameBack()).as("came back").isEqualTo(2);
        assertThat(c.handedOff()).as("handed off").isEqualTo(2);
        assertThat(c.notAnswered()).as("not answered").isEqualTo(2);
        assertThat(c.pending()).as("pending").isEqualTo(1);
        assertThat(c.conversations()).isEqualTo(11);
        assertThat(c.rate()).isEqualTo(4.0 / 10);
        assertThat(c.provisionalRate()).isEqualTo(5.0 / 11);
        assertThat(week.handoffs().handedOff()).isEqualTo(2);
        assertThat(week.handoffs().byReason())
                .extracting(Report.ReasonCount::count)
                .containsExactly(1, 1);
        assertThat(week.clarifications())
                .singleElement()
                .satisfies(q -> assertThat(q.text()).isEqualTo("lianxi kefu"));
        // The last 24 hours hold only the conversation still in its window.
        assertThat(report.of(Period.DAY).containment().pending()).isEqualTo(1);
        assertThat(report.of(Period.DAY).containment().conversations()).isEqualTo(1);
    }
}

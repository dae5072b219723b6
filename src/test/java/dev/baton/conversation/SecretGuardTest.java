package dev.baton.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.baton.Understanding;
import dev.baton.decision.Decider;
import dev.baton.decision.Localizer;
import dev.baton.details.DetailExtractor;
import dev.baton.handoff.QueueHandoffDesk;
import dev.baton.handoff.SlaPolicy;
import dev.baton.handoff.Ticket;
import dev.baton.store.jdbc.Database;
import dev.baton.store.jdbc.JdbcConversationStore;
import dev.baton.store.jdbc.JdbcTicketStore;
import dev.baton.testing.HandClock;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A secret sent in pieces, and a hex string only the user can name, through the service and a real store. */
class SecretGuardTest {

    /** Twelve words with a valid checksum ("legal winner thank year ..."), split as an attacker would. */
    private static final List<String> WORDS = List.of(
            "legal", "winner", "thank", "year", "wave", "sausage", "worth", "useful", "legal", "winner", "thank",
            "yellow");

    private static final String HEX = "0c28fca386c7a227600b2fe50b7cae11ec86d3bf1fbe471be89827e19d72aa1d";

    static Database database;
    static ConversationService service;
    static JdbcTicketStore tickets;
    static final HandClock CLOCK = new HandClock(Instant.parse("2026-12-06T10:00:00Z"));
    static final List<ConversationEvent> EVENTS = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void wire() {
        database = Database.open(
                "jdbc:h2:mem:guard" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "baton",
                "",
                2);
        tickets = new JdbcTicketStore(database);
        LocalConversationEvents events = new LocalConversationEvents();
        events.subscribeAll((id, e) -> EVENTS.add(e));
        service = new ConversationService(
                new JdbcConversationStore(database),
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
                CLOCK,
                Duration.ofHours(24));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static String words(int from, int to) {
        return String.join(" ", WORDS.subList(from, to));
    }

    private static List<String> stored(String id) {
        return service.find(id)
                .map(c -> service.transcript(c, 0, 100).messages().stream()
                        .filter(m -> m.sender() == Sender.USER)
                        .map(Message::text)
                        .toList())
                .orElseThrow();
    }

    private static Ticket ticketOf(String id) {
        return tickets.find(service.find(id).orElseThrow().memory().ticketId()).orElseThrow();
    }

    @Test
    void aPhraseInTwoMessagesIsNeverStoredAndHandsOffUrgentlyWhenComplete() {
        String id = service.start("en", "web").conversationId();

        TurnResult first = service.send(id, words(0, 6), null);
        TurnResult second = service.send(id, "and the rest: " + words(6, 12), null);

        assertThat(first.userMessage().text()).isEqualTo("[redacted: part of a recovery phrase, 6 words]");
        assertThat(first.decision().reason()).isNotEqualTo("secret_exposed");
        assertThat(second.decision().reason()).isEqualTo("secret_exposed");
        assertThat(second.decision().priority()).isEqualTo("urgent");
        assertThat(stored(id)).containsExactly("[redacted: recovery phrase]", "and the [redacted: recovery phrase]");
        assertThat(String.join("\n", stored(id))).doesNotContain("sausage").doesNotContain("winner");
    }

    @Test
    void aPhraseInThreeMessagesAddsUp() {
        String id = service.start("zh-CN", "web").conversationId();

        service.send(id, words(0, 4), null);
        TurnResult middle = service.send(id, words(4, 8), null);
        TurnResult last = service.send(id, words(8, 12), null);

        assertThat(middle.decision().reason()).isNotEqualTo("secret_exposed");
        assertThat(last.decision().reason()).isEqualTo("secret_exposed");
        assertThat(ticketOf(id).reason()).isEqualTo("secret_exposed");
        assertThat(stored(id)).containsOnly("[redacted: recovery phrase]");
    }

    @Test
    void aShortPartWrittenInClearIsRedactedAfterTheFactEverywhere() {
        String id = service.start("en", "web").conversationId();
        service.send(id, "my wallet was emptied", null);
        service.send(id, "legal winner", null);
        EVENTS.clear();

        TurnResult rest = service.send(id, words(2, 12), null);

        assertThat(rest.decision().reason()).isEqualTo("secret_exposed");
        assertThat(stored(id)).contains("[redacted: recovery phrase]").doesNotContain("legal winner");
        assertThat(ticketOf(id).details().description()).doesNotContain("legal winner");
        assertThat(EVENTS)
                .filteredOn(e -> e instanceof ConversationEvent.MessageRedacted)
                .singleElement()
                .satisfies(e -> assertThat(((ConversationEvent.MessageRedacted) e)
                                .message()
                                .text())
                        .isEqualTo("[redacted: recovery phrase]"));
    }

    @Test
    void partsFurtherApartThanTheWindowDoNotAddUp() {
        String id = service.start("en", "web").conversationId();
        service.send(id, words(0, 6), null);
        CLOCK.advance(SecretGuard.WINDOW.plusMinutes(1));

        TurnResult later = service.send(id, words(6, 12), null);

        assertThat(later.decision().reason()).isNotEqualTo("secret_exposed");
        assertThat(later.userMessage().text()).isEqualTo("[redacted: part of a recovery phrase, 6 words]");
    }

    @Test
    void aKeyInTwoHalvesAddsUp() {
        String id = service.start("en", "web").conversationId();

        TurnResult first = service.send(id, HEX.substring(0, 32), null);
        TurnResult second = service.send(id, HEX.substring(32), null);

        assertThat(first.decision().reason()).isNotEqualTo("secret_exposed");
        assertThat(second.decision().reason()).isEqualTo("secret_exposed");
        assertThat(stored(id)).containsOnly("[redacted: private key]");
    }

    @Test
    void aBareHexStringIsAskedAboutAndOnlyAPrivateKeyIsAnEmergency() {
        String asKey = service.start("zh-CN", "web").conversationId();
        service.send(asKey, "你好", null);
        TurnResult question = service.send(asKey, HEX, null);
        TurnResult key = service.send(asKey, "私钥", Decider.HASH_IS_KEY);

        assertThat(question.userMessage().text()).isEqualTo("[redacted: transaction hash or private key]");
        assertThat(question.reply().quickReplies())
                .extracting(q -> q.id())
                .containsExactly(Decider.HASH_IS_TRANSACTION, Decider.HASH_IS_KEY);
        assertThat(question.reply().text()).as("in the conversation's language").contains("交易哈希");
        assertThat(key.decision().reason()).isEqualTo("secret_exposed");
        assertThat(key.reply().text()).contains("私钥");

        String asHash = service.start("en", "web").conversationId();
        service.send(asHash, HEX, null);
        TurnResult hash = service.send(asHash, "Transaction hash", Decider.HASH_IS_TRANSACTION);
        assertThat(hash.decision().action()).isEqualTo("smalltalk");
        assertThat(hash.state()).isEqualTo(ConversationState.BOT);
    }

    @Test
    void aHashSentWhenBatonAskedForOneIsKeptForTheTicket() {
        String id = service.start("zh-CN", "web").conversationId();
        service.send(id, "转人工", null);
        Conversation asking = service.find(id).orElseThrow();
        String account = asking.memory().pending() == DialogueMemory.PendingQuestion.ACCOUNT ? "跳过" : null;
        if (account != null) {
            service.send(id, account, Dialogue.SKIP_ID);
        }
        assertThat(service.find(id).orElseThrow().memory().pending())
                .isEqualTo(DialogueMemory.PendingQuestion.DESCRIPTION);

        TurnResult answer = service.send(id, "0x" + HEX, null);

        assertThat(answer.userMessage().text()).isEqualTo("0x" + HEX);
        assertThat(ticketOf(id).details().txHashes()).extracting(h -> h.value()).contains("0x" + HEX);
    }

    @Test
    void aWarningAboutABareKeyIsInTheConversationsLanguage() {
        String id = service.start("zh-CN", "web").conversationId();
        service.send(id, "你好，我有个问题", null);

        TurnResult key = service.send(id, "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ", null);

        assertThat(key.decision().reason()).isEqualTo("secret_exposed");
        assertThat(key.reply().text()).contains("私钥");
    }
}

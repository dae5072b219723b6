package dev.baton.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.channel.InboundMessage;
import dev.baton.testing.IntegrationTest;
import java.nio.file.Path;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inbound deliveries on the embedded store: unique per platform id, leased in order per chat, pruned when old. */
@IntegrationTest
class H2ChannelStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-26T08:00:00Z");

    @TempDir
    Path dir;

    Database database;
    JdbcChannelStore store;

    @BeforeEach
    void open() {
        database = Database.open(Database.embeddedUrl(dir), "baton", "", 4);
        store = new JdbcChannelStore(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    static InboundMessage message(String event, String chat) {
        return new InboundMessage("telegram", event, chat, "en", "hello", null);
    }

    @Test
    void aDeliveryIsStoredOnceAndAChatsDeliveriesAreLeasedOneAtATimeInOrder() {
        OptionalLong first = store.accept(message("e1", "chat-a"), T0);
        OptionalLong again = store.accept(message("e1", "chat-a"), T0);
        OptionalLong second = store.accept(message("e2", "chat-a"), T0);
        OptionalLong other = store.accept(message("e3", "chat-b"), T0);

        assertThat(first).isPresent();
        assertThat(again).as("the platform's retry").isEmpty();
        var leased = store.leaseInbound(T0, T0.plusSeconds(30), 10);
        assertThat(leased).extracting(p -> p.message().eventId()).containsExactly("e1", "e3");
        assertThat(store.leaseInbound(T0, T0.plusSeconds(30), 10))
                .as("leased already; e2 waits for e1")
                .isEmpty();

        store.failInbound(first.getAsLong(), "test", T0);
        assertThat(store.leaseInbound(T0.plusSeconds(1), T0.plusSeconds(31), 10))
                .extracting(p -> p.message().eventId())
                .containsExactly("e2");
        assertThat(second).isPresent();
        assertThat(other).isPresent();
    }

    @Test
    void finishedDeliveriesArePrunedWhenOldAndPendingOnesNever() {
        OptionalLong done = store.accept(message("p1", "chat-p"), T0);
        store.accept(message("p2", "chat-q"), T0);
        store.failInbound(done.getAsLong(), "finished", T0);

        assertThat(store.prune(T0.plusSeconds(1))).isEqualTo(1);

        assertThat(store.accept(message("p1", "chat-p"), T0.plusSeconds(2)))
                .as("forgotten after pruning")
                .isPresent();
        assertThat(store.accept(message("p2", "chat-q"), T0.plusSeconds(2)))
                .as("still pending: kept")
                .isEmpty();
    }
}

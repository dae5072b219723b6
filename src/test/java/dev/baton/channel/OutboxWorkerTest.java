package dev.baton.channel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.config.ChannelsConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** What the worker does with each platform outcome, and its backoff; on a recording store and a fixed clock. */
class OutboxWorkerTest {

    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");
    private static final ChannelsConfig.Delivery POLICY =
            new ChannelsConfig.Delivery(3, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(5));

    /** Records what the worker writes back. */
    static final class Recording implements ChannelStore {
        final List<String> log = new ArrayList<>();

        @Override
        public OptionalLong accept(InboundMessage message, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<PendingInbound> leaseInbound(Instant now, Instant leaseUntil, int limit) {
            return List.of();
        }

        @Override
        public void failInbound(long id, String error, Instant now) {}

        @Override
        public Optional<Instant> lastInbound(String channel, String chatId) {
            return Optional.empty();
        }

        @Override
        public Optional<String> currentConversation(String channel, String chatId) {
            return Optional.empty();
        }

        @Override
        public Optional<Chat> chatOf(String conversationId) {
            return Optional.empty();
        }

        @Override
        public void link(String conversationId, String channel, String chatId, Instant now) {}

        @Override
        public List<LeasedDelivery> leaseOutbox(Instant now, Instant leaseUntil, int limit) {
            return List.of();
        }

        @Override
        public void sent(long id, Instant now) {
            log.add("sent " + id);
        }

        @Override
        public void retryLater(long id, int attempts, Instant next, String error) {
            log.add("retry " + id + " try " + attempts + " in "
                    + Duration.between(NOW, next).toMillis() + " ms");
        }

        @Override
        public void dead(long id, int attempts, String error) {
            log.add("dead " + id + " after " + attempts + ": " + error);
        }

        @Override
        public boolean claimPassive(String conversationId, long seq, Instant now) {
            return false;
        }

        @Override
        public List<OutboxEntry> outbox(String status, int limit) {
            return List.of();
        }

        @Override
        public List<OutboxCount> outboxCounts() {
            return List.of();
        }

        @Override
        public boolean revive(long id, Instant now) {
            return false;
        }

        @Override
        public int prune(Instant before) {
            return 0;
        }
    }

    /** A platform that answers with the given result. */
    record Scripted(DeliveryResult result) implements Channel {
        @Override
        public String name() {
            return "fake";
        }

        @Override
        public Received receive(WebhookRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DeliveryResult send(Delivery delivery) {
            return result;
        }
    }

    private final Recording store = new Recording();

    private OutboxWorker worker(DeliveryResult result) {
        return new OutboxWorker(
                store,
                Map.of("fake", new Scripted(result)),
                POLICY,
                Clock.fixed(NOW, ZoneOffset.UTC),
                Executors.newSingleThreadScheduledExecutor(),
                Executors.newSingleThreadExecutor(),
                new SplittableRandom(7));
    }

    private static LeasedDelivery leased(long id, int attempts) {
        return new LeasedDelivery(new Delivery(id, "fake", "chat", "c_1", 2, "bot", "hi", List.of()), attempts);
    }

    @Test
    void eachOutcomeIsRecorded() {
        worker(new DeliveryResult.Delivered()).deliver(leased(1, 0));
        worker(new DeliveryResult.Failed("bot was blocked")).deliver(leased(2, 0));
        worker(new DeliveryResult.Retry("429", Duration.ofSeconds(7))).deliver(leased(3, 0));
        worker(new DeliveryResult.Retry("HTTP 503", null)).deliver(leased(4, 2));

        assertThat(store.log)
                .containsExactly(
                        "sent 1",
                        "dead 2 after 1: bot was blocked",
                        "retry 3 try 1 in 7000 ms",
                        "dead 4 after 3: HTTP 503");
    }

    @Test
    void aMessageForAChannelThatIsNoLongerConfiguredIsADeadLetter() {
        OutboxWorker w = worker(new DeliveryResult.Delivered());
        LeasedDelivery orphan = new LeasedDelivery(new Delivery(9, "slack", "C1", "c_1", 2, "bot", "hi", List.of()), 0);

        w.deliver(orphan);

        assertThat(store.log).singleElement().asString().startsWith("dead 9").contains("not configured");
    }

    @Test
    void theBackoffDoublesWithJitterUpToItsCap() {
        OutboxWorker w = worker(new DeliveryResult.Delivered());
        for (int attempt = 1; attempt <= 10; attempt++) {
            long full = Math.min(30_000, 1_000L << (attempt - 1));
            for (int i = 0; i < 50; i++) {
                assertThat(w.backoff(attempt).toMillis()).as("try " + attempt).isBetween(full / 2, full);
            }
        }
    }
}

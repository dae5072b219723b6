package dev.baton.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.conversation.EventRelay.Announcement;
import dev.baton.conversation.EventRelay.Announcement.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** What this instance makes of another instance's announcements. */
class RelayedConversationEventsTest {

    @Test
    void aConversationAnotherInstanceChangedIsForgottenForTheNextTurnButNotForTyping() {
        Relay relay = new Relay();
        Store store = new Store();
        new RelayedConversationEvents(new LocalConversationEvents(), relay, store, null, null);

        relay.arrive(new Announcement(Kind.TYPING, "c1", "agent:true"));
        relay.arrive(new Announcement(Kind.MESSAGE, "c2", "7"));
        relay.arrive(new Announcement(Kind.STATE, "c3", ""));

        assertThat(store.forgotten).containsExactly("c2", "c3");
    }

    @Test
    void aStateChangeIsReadBackOnlyForAConversationSomeoneHereListensTo() {
        Relay relay = new Relay();
        Store store = new Store();
        LocalConversationEvents local = new LocalConversationEvents();
        new RelayedConversationEvents(local, relay, store, null, null);
        List<String> everyEvent = new ArrayList<>();
        local.subscribeAll((id, e) -> everyEvent.add(id));
        List<ConversationEvent> heard = new ArrayList<>();
        local.subscribe("c1", heard::add);

        relay.arrive(new Announcement(Kind.STATE, "c2", ""));
        assertThat(store.reads).isEmpty();

        relay.arrive(new Announcement(Kind.STATE, "c1", ""));
        assertThat(store.reads).containsExactly("c1");
        assertThat(everyEvent).isEmpty(); // c1 is gone from the store here, so there is nothing to hand on
    }

    private static final class Relay implements EventRelay {
        private Consumer<Announcement> handler = a -> {};

        void arrive(Announcement a) {
            handler.accept(a);
        }

        @Override
        public void announce(Announcement announcement) {}

        @Override
        public void listen(Consumer<Announcement> handler) {
            this.handler = handler;
        }

        @Override
        public void close() {}
    }

    /** Remembers what it was told to forget; holds no conversation. */
    private static final class Store implements ConversationStore {
        final List<String> forgotten = new ArrayList<>();
        final List<String> reads = new ArrayList<>();

        @Override
        public void changedElsewhere(String id) {
            forgotten.add(id);
        }

        @Override
        public void create(Conversation conversation) {}

        @Override
        public Optional<Conversation> find(String id) {
            reads.add(id);
            return Optional.empty();
        }

        @Override
        public void commit(Turn turn) {}

        @Override
        public List<Message> messages(String conversationId, long afterSeq, int limit) {
            return List.of();
        }

        @Override
        public int deleteEmptyBefore(Instant cutoff) {
            return 0;
        }
    }
}

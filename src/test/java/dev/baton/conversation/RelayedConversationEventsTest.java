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

        @Override
        public void changedElsewhere(String id) {
            forgotten.add(id);
        }

        @Override
        public void create(Conversation conversation) {}

        @Override
        public Optional<Conversation> find(String id) {
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

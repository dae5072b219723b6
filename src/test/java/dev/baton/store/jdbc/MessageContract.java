package dev.baton.store.jdbc;

import static dev.baton.store.jdbc.Fixtures.T0;
import static dev.baton.store.jdbc.Fixtures.conversation;
import static dev.baton.store.jdbc.Fixtures.ticket;
import static dev.baton.store.jdbc.Fixtures.turn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.conversation.Conversation;
import dev.baton.conversation.ConversationStore;
import dev.baton.conversation.Message;
import dev.baton.conversation.Turn;
import dev.baton.handoff.Priority;
import dev.baton.handoff.TicketStatus;
import dev.baton.handoff.TicketStore;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The part of {@link StoreContract} on messages as they are read back: in pages, and in any script. */
interface MessageContract {

    ConversationStore conversations();

    TicketStore tickets();

    @Test
    default void messagesArePagedAfterASeqUpToALimit() {
        Conversation c = conversation("c1");
        conversations().create(c);
        conversations().commit(turn(c, "a", "b", "c", "d", "e"));

        assertThat(conversations().messages("c1", 0, 3))
                .extracting(Message::seq)
                .containsExactly(1L, 2L, 3L);
        assertThat(conversations().messages("c1", 3, 3))
                .extracting(Message::seq)
                .containsExactly(4L, 5L, 6L);
        assertThat(conversations().messages("c1", 9, 3))
                .extracting(Message::seq)
                .containsExactly(10L);
        assertThat(conversations().messages("c1", 10, 3)).isEmpty();
        assertThat(conversations().messages("c1", 0, 0)).isEmpty();
    }

    @Test
    default void chineseAndEmojiRoundTrip() {
        Conversation c = conversation("会话-1");
        conversations().create(c);
        Turn t = turn(
                c,
                T0.plusSeconds(1),
                Optional.of(ticket("票-1", "会话-1", Priority.URGENT, TicketStatus.QUEUED, T0)),
                "我的钱包被盗了 🆘🔥 𠀀 — can you help?");
        conversations().commit(t);

        assertThat(conversations().messages("会话-1", 0, 10)).containsExactlyElementsOf(t.messages());
        assertThat(conversations().find("会话-1")).contains(t.conversation());
        assertThat(tickets().find("票-1").orElseThrow().details()).isEqualTo(Fixtures.details());
    }
}

package dev.baton.store.jdbc;

import static dev.baton.store.jdbc.Fixtures.T0;
import static dev.baton.store.jdbc.Fixtures.conversation;
import static dev.baton.store.jdbc.Fixtures.ticket;
import static dev.baton.store.jdbc.Fixtures.turn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.baton.channel.ChannelStore;
import dev.baton.channel.Chat;
import dev.baton.channel.InboundMessage;
import dev.baton.channel.LeasedDelivery;
import dev.baton.channel.PendingInbound;
import dev.baton.conversation.Conversation;
import dev.baton.conversation.ConversationState;
import dev.baton.conversation.ConversationStore;
import dev.baton.conversation.Message;
import dev.baton.conversation.Sender;
import dev.baton.conversation.Turn;
import dev.baton.handoff.Priority;
import dev.baton.handoff.Ticket;
import dev.baton.handoff.TicketStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The part of {@link StoreContract} on platform chats: when a chat last wrote is the newest delivery kept from it,
 * whatever became of it, and nothing once it is pruned; the conversation a delivery names comes back with it; a
 * widget conversation whose ticket gets an address is linked to it, and its agents' messages are queued for it.
 */
interface ChannelContract {

    ChannelStore channels();

    ConversationStore conversations();

    private static InboundMessage from(String chat, String event) {
        return new InboundMessage("whatsapp", event, chat, null, "hello", null);
    }

    @Test
    default void aChatsLastInboundIsItsNewestDeliveryWhateverBecameOfIt() {
        assertThat(channels().lastInbound("whatsapp", "15550001")).isEmpty();

        long first = channels().accept(from("15550001", "wamid.A1"), T0).orElseThrow();
        channels().accept(from("15550001", "wamid.A2"), T0.plusSeconds(90));
        channels().accept(from("15550001", "wamid.A2"), T0.plusSeconds(300)); // a retry: not a newer message
        channels().accept(from("15550002", "wamid.B1"), T0.plusSeconds(600));
        channels().failInbound(first, "test", T0.plusSeconds(1));

        assertThat(channels().lastInbound("whatsapp", "15550001")).contains(T0.plusSeconds(90));
        assertThat(channels().lastInbound("whatsapp", "15550002")).contains(T0.plusSeconds(600));
        assertThat(channels().lastInbound("telegram", "15550001"))
                .as("another platform's chat of the same id")
                .isEmpty();
    }

    @Test
    default void aPrunedChatHasNoLastInbound() {
        long only = channels().accept(from("15550003", "wamid.C1"), T0).orElseThrow();
        channels().failInbound(only, "finished", T0);

        channels().prune(T0.plusSeconds(1));

        assertThat(channels().lastInbound("whatsapp", "15550003")).isEmpty();
    }

    @Test
    default void theConversationADeliveryNamesComesBackWithIt() {
        channels()
                .accept(
                        new InboundMessage(
                                "email", "<m1@example.com>", "li@example.com", null, "hi", null, "c_ab12", "转账"),
                        T0);
        channels().accept(new InboundMessage("email", "<m2@example.com>", "wu@example.com", null, "hi", null), T0);

        List<PendingInbound> leased = channels().leaseInbound(T0, T0.plusSeconds(30), 10);

        assertThat(leased)
                .extracting(p -> p.message().thread(), p -> p.message().topic())
                .containsExactly(tuple("c_ab12", "转账"), tuple(null, null));
    }

    @Test
    default void aWidgetConversationWhoseTicketGetsAnAddressIsLinkedAndItsAgentsMessagesQueuedForIt() {
        Conversation widget = conversation("c_follow");
        conversations().create(widget);
        Ticket ticket = ticket("t_follow", widget.id(), Priority.NORMAL, TicketStatus.QUEUED, T0);
        Turn gaveAddress = turn(
                widget,
                T0.plusSeconds(1),
                Optional.of(ticket.withDetails(ticket.details().withEmail("Li@Example.com "), T0.plusSeconds(1))),
                "li@example.com");
        conversations().commit(gaveAddress);

        assertThat(channels().chatOf(widget.id())).contains(new Chat("email", "li@example.com"));
        assertThat(channels().currentConversation("email", "li@example.com")).contains(widget.id());
        assertThat(channels().leaseOutbox(T0.plusSeconds(2), T0.plusSeconds(30), 10))
                .as("Baton's replies in the widget are not mailed")
                .isEmpty();

        Conversation read = gaveAddress.conversation();
        Message agent =
                new Message(widget.id(), read.lastSeq() + 1, Sender.AGENT, "您好", List.of(), null, T0.plusSeconds(5));
        conversations()
                .commit(new Turn(
                        read.next(ConversationState.WITH_AGENT, read.memory(), 1, T0.plusSeconds(5)),
                        List.of(agent),
                        Optional.empty()));

        List<LeasedDelivery> mailed = channels().leaseOutbox(T0.plusSeconds(6), T0.plusSeconds(30), 10);
        assertThat(mailed)
                .extracting(
                        d -> d.delivery().channel(),
                        d -> d.delivery().chatId(),
                        d -> d.delivery().text())
                .containsExactly(tuple("email", "li@example.com", "您好"));
        assertThat(channels().chatOf("c_nobody")).isEmpty();
    }
}

package dev.baton.store.jdbc;

import static dev.baton.store.jdbc.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.channel.ChannelStore;
import dev.baton.channel.InboundMessage;
import org.junit.jupiter.api.Test;

/**
 * The part of {@link StoreContract} on platform chats: when a chat last wrote is the newest delivery kept from it,
 * whatever became of it, and nothing once it is pruned.
 */
interface ChannelContract {

    ChannelStore channels();

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
}

package dev.baton.channel.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.channel.Delivery;
import dev.baton.channel.DeliveryResult;
import dev.baton.decision.ReplyLanguage;
import dev.baton.testing.HandClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 24-hour customer-service window on a clock the test moves: judged from the chat's last stored message, a
 * closed window without a template fails the delivery before anything is sent.
 */
class WhatsappWindowTest {

    private static final Instant WROTE = Instant.parse("2025-06-01T09:30:00Z");
    private static final String USER = "8613800138000";

    private final HandClock clock = new HandClock(WROTE);
    private final WhatsappFixtures.Chats chats = new WhatsappFixtures.Chats().wrote(USER, WROTE);
    // Nothing listens there: a call would come back as Retry, never as the window's Failed.
    private final WhatsappChannel channel =
            WhatsappFixtures.channel(URI.create("http://127.0.0.1:9"), null, clock, chats);

    @Test
    void theWindowIsOpenUntilTwentyFourHoursAfterTheUsersLastMessage() {
        clock.advance(Duration.ofHours(23).plusMinutes(59));
        assertThat(channel.withinWindow(USER)).as("23h59m later").isTrue();

        clock.advance(Duration.ofMinutes(1).plusMillis(1));
        assertThat(channel.withinWindow(USER)).as("24h and 1 ms later").isFalse();
    }

    @Test
    void aNewMessageFromTheUserOpensItAgain() {
        clock.advance(Duration.ofHours(30));
        assertThat(channel.withinWindow(USER)).isFalse();

        chats.wrote(USER, clock.instant());

        assertThat(channel.withinWindow(USER)).isTrue();
    }

    @Test
    void aChatWithNoMessageKeptIsOutsideIt() {
        assertThat(channel.withinWindow("15550009999")).isFalse();
    }

    @Test
    void outsideTheWindowWithoutATemplateTheDeliveryFailsNamingTheWindowAndNothingIsSent() {
        clock.advance(Duration.ofHours(24).plusMillis(1));

        DeliveryResult result =
                channel.send(new Delivery(5, "whatsapp", USER, "c-1", 9, "agent", "Your refund is done.", List.of()));

        assertThat(result)
                .isEqualTo(new DeliveryResult.Failed("outside WhatsApp's 24-hour window and no template set"))
                .isEqualTo(new DeliveryResult.Failed(WhatsappChannel.OUTSIDE_WINDOW));
    }

    @Test
    void outsideTheWindowAUserWhoLeftAnAddressGetsTheMessageByEmailInstead() {
        chats.leftAddress("c-2", "li@example.com");
        clock.advance(Duration.ofHours(24).plusMillis(1));
        Delivery refund = new Delivery(6, "whatsapp", USER, "c-2", 3, "agent", "Your refund is done.", List.of());

        assertThat(channel.send(refund)).isEqualTo(new DeliveryResult.Delivered());
        assertThat(chats.mailed).containsExactly(refund);

        chats.wrote(USER, clock.instant());
        chats.mailed.clear();
        assertThat(channel.send(refund))
                .as("inside the window WhatsApp is tried (nothing listens here)")
                .isInstanceOf(DeliveryResult.Retry.class);
        assertThat(chats.mailed).isEmpty();
    }

    @Test
    void templatesGoInTheConversationsLanguage() {
        assertThat(WhatsappChannel.templateLanguage(ReplyLanguage.ENGLISH)).isEqualTo("en");
        assertThat(WhatsappChannel.templateLanguage(ReplyLanguage.SIMPLIFIED)).isEqualTo("zh_CN");
        assertThat(WhatsappChannel.templateLanguage(ReplyLanguage.TRADITIONAL)).isEqualTo("zh_TW");
    }
}

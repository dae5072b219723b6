package dev.baton.channel.slack;

import static dev.baton.channel.slack.SlackRequests.MESSAGE;
import static dev.baton.channel.slack.SlackRequests.NOW;
import static dev.baton.channel.slack.SlackRequests.channelAt;
import static dev.baton.channel.slack.SlackRequests.only;
import static dev.baton.channel.slack.SlackRequests.sign;
import static dev.baton.channel.slack.SlackRequests.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.channel.InboundMessage;
import dev.baton.channel.Received;
import dev.baton.channel.WebhookException;
import dev.baton.channel.WebhookRequest;
import dev.baton.channel.WebhookResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a signed Slack request becomes: a person's message, a handshake, or nothing to answer. */
class SlackReceiveTest {

    private final SlackChannel channel = channelAt(NOW);

    @Test
    void aSignedUserMessageBecomesAnInboundMessage() {
        Received received = channel.receive(signed(MESSAGE, NOW));

        assertThat(received)
                .isEqualTo(new Received.Messages(List.of(new InboundMessage(
                        "slack", "Ev0PV52K21", "D024BE91L", null, "Where is my withdrawal?", null))));
        assertThat(channel.name()).isEqualTo("slack");
    }

    @Test
    void theUrlVerificationChallengeIsEchoedAsPlainText() {
        Received received = channel.receive(signed("""
                {"token": "Jhj5dZrVaK7ZwHHjRyZWjbDl", "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
                 "type": "url_verification"}
                """, NOW));

        assertThat(received).isInstanceOfSatisfying(Received.Handshake.class, handshake -> {
            WebhookResponse response = handshake.response();
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.contentType()).startsWith("text/plain");
            assertThat(response.body()).isEqualTo("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
        });
    }

    @Test
    void anAppMentionIsTakenLikeAMessageWithoutTheLeadingMention() {
        InboundMessage mention = only(channel.receive(signed(event("""
                {"type": "app_mention", "user": "U061F7AUR", "text": "<@U0BOTUSER> my deposit is missing",
                 "ts": "1515449522.000016", "channel": "C0LAN2Q65", "event_ts": "1515449522000016"}
                """), NOW)));

        assertThat(mention.chatId()).isEqualTo("C0LAN2Q65");
        assertThat(mention.text()).isEqualTo("my deposit is missing");
    }

    @Test
    void slacksEscapesAreUndoneInTheText() {
        InboundMessage message = only(channel.receive(signed(event("""
                {"type": "message", "user": "U1", "channel": "D1", "ts": "1.2",
                 "text": "fees &lt;1% &amp; limits &gt; 5 BTC?"}
                """), NOW)));

        assertThat(message.text()).isEqualTo("fees <1% & limits > 5 BTC?");
    }

    @Test
    void aRetryOfTheSameEventIsReadTheSameWay() {
        WebhookRequest retry =
                sign(MESSAGE, NOW, Map.of("x-slack-retry-num", "2", "x-slack-retry-reason", "http_timeout"));

        assertThat(channel.receive(retry)).isEqualTo(channel.receive(signed(MESSAGE, NOW)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"type\": \"message\", \"subtype\": \"bot_message\", \"bot_id\": \"B1\", \"text\": \"hi\", \"channel\": \"C1\","
                        + " \"ts\": \"1.1\"}",
                "{\"type\": \"message\", \"user\": \"U9\", \"bot_id\": \"B9\", \"text\": \"from a bot user\","
                        + " \"channel\": \"C1\", \"ts\": \"1.1\"}",
                "{\"type\": \"message\", \"subtype\": \"message_changed\", \"channel\": \"C1\", \"ts\": \"1.1\","
                        + " \"message\": {\"type\": \"message\", \"user\": \"U1\", \"text\": \"edited\"}}",
                "{\"type\": \"message\", \"subtype\": \"channel_join\", \"user\": \"U1\", \"text\": \"<@U1> has joined\","
                        + " \"channel\": \"C1\", \"ts\": \"1.1\"}",
                "{\"type\": \"message\", \"subtype\": \"file_share\", \"user\": \"U1\", \"text\": \"\", \"channel\": \"C1\","
                        + " \"ts\": \"1.1\"}",
                "{\"type\": \"message\", \"user\": \"U0BOTUSER\", \"text\": \"my own reply\", \"channel\": \"D1\","
                        + " \"ts\": \"1.1\"}",
                "{\"type\": \"reaction_added\", \"user\": \"U1\", \"reaction\": \"thumbsup\","
                        + " \"item\": {\"type\": \"message\", \"channel\": \"C1\", \"ts\": \"1.1\"}}",
                "{\"type\": \"app_home_opened\", \"user\": \"U1\", \"channel\": \"D1\", \"tab\": \"home\"}",
                "{\"type\": \"app_mention\", \"user\": \"U1\", \"text\": \"<@U0BOTUSER>\", \"channel\": \"C1\", \"ts\": \"1.1\"}"
            })
    void eventsOtherThanAPersonsMessageAreIgnored(String event) {
        assertThat(channel.receive(signed(event(event), NOW))).isEqualTo(new Received.Messages(List.of()));
    }

    @Test
    void envelopeTypesOtherThanEventsAreIgnored() {
        assertThat(channel.receive(signed("""
                {"token": "x", "team_id": "T1", "minute_rate_limited": 1518467820, "api_app_id": "A1",
                 "type": "app_rate_limited"}
                """, NOW))).isEqualTo(new Received.Messages(List.of()));
    }

    @Test
    void theEmptyAcknowledgementIsA200() {
        WebhookResponse ack = channel.acknowledge(new Received.Messages(List.of()));

        assertThat(ack.status()).isEqualTo(200);
        assertThat(ack.body()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "not json",
                "{\"type\": \"event_callback\", ",
                "[]",
                "",
                "null",
                "{\"type\": \"url_verification\"}",
                "{\"type\": \"event_callback\", \"event\": {\"type\": \"message\", \"user\": \"U1\", \"text\": \"x\","
                        + " \"channel\": \"C1\"}}",
                "{\"type\": \"event_callback\", \"event_id\": \"Ev1\"}",
                "{\"type\": \"event_callback\", \"event_id\": \"Ev1\", \"event\": {\"type\": \"message\","
                        + " \"user\": \"U1\", \"text\": \"x\"}}",
                "{\"type\": \"event_callback\", \"event_id\": \"Ev1\", \"event\": \"message\"}"
            })
    void anUnreadableSignedBodyIsMalformed(String body) {
        assertThatThrownBy(() -> channel.receive(signed(body, NOW)))
                .isInstanceOfSatisfying(WebhookException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("malformed_body");
                    assertThat(e.getMessage()).startsWith("slack");
                });
    }

    private static String event(String event) {
        return """
                {"type": "event_callback", "event_id": "Ev9", "team_id": "T1", "event": %s,
                 "authorizations": [{"team_id": "T1", "user_id": "U0BOTUSER", "is_bot": true}]}
                """.formatted(event);
    }
}

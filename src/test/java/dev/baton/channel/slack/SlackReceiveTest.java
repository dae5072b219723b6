package dev.baton.channel.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.channel.InboundMessage;
import dev.baton.channel.Received;
import dev.baton.channel.WebhookException;
import dev.baton.channel.WebhookRequest;
import dev.baton.channel.WebhookResponse;
import dev.baton.config.ChannelsConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlackReceiveTest {

    private static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");

    private final SlackChannel channel = channelAt(NOW);

    private static final String MESSAGE = """
            {"token": "XXYYZZ", "team_id": "T061EG9R6", "api_app_id": "A0PNCHHK2",
             "event": {"type": "message", "channel": "D024BE91L", "channel_type": "im", "user": "U2147483697",
                       "text": "Where is my withdrawal?", "ts": "1355517523.000005", "event_ts": "1355517523.000005"},
             "type": "event_callback", "authed_users": ["U0BOTUSER"], "event_id": "Ev0PV52K21",
             "event_time": 1355517523,
             "authorizations": [{"enterprise_id": null, "team_id": "T061EG9R6", "user_id": "U0BOTUSER",
                                 "is_bot": true, "is_enterprise_install": false}]}
            """;

    @Test
    void slacksPublishedSignatureExampleVerifies() {
        String body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
                + "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text="
                + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZ"
                + "RskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
        SlackSignature signature =
                new SlackSignature(SIGNING_SECRET, Clock.fixed(Instant.ofEpochSecond(1531420618), ZoneOffset.UTC));

        assertThat(new String(
                        signature.sign("1531420618", body.getBytes(StandardCharsets.UTF_8)), StandardCharsets.US_ASCII))
                .isEqualTo("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503");
        signature.verify(request(
                body, "1531420618", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", Map.of()));
    }

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
    void theUrlVerificationMustBeSignedToo() {
        assertUnauthorized(request(
                "{\"type\":\"url_verification\",\"challenge\":\"abc\"}",
                String.valueOf(NOW.getEpochSecond()),
                null,
                Map.of()));
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

    @Test
    void aWrongSignatureIsRefused() {
        String timestamp = String.valueOf(NOW.getEpochSecond());
        assertUnauthorized(request(MESSAGE, timestamp, "v0=" + "0".repeat(64), Map.of()));
        assertUnauthorized(request(MESSAGE, timestamp, hmac("another secret", timestamp, MESSAGE), Map.of()));
        assertUnauthorized(request(
                MESSAGE, timestamp, hmac(SIGNING_SECRET, timestamp, MESSAGE).replace("v0=", "v1="), Map.of()));
        assertUnauthorized(request(MESSAGE, timestamp, "", Map.of()));
    }

    @Test
    void aBodyChangedAfterSigningIsRefused() {
        String timestamp = String.valueOf(NOW.getEpochSecond());
        String signature = hmac(SIGNING_SECRET, timestamp, MESSAGE);

        assertUnauthorized(request(MESSAGE.replace("D024BE91L", "D999999"), timestamp, signature, Map.of()));
    }

    @Test
    void aSignatureForAnotherTimestampIsRefused() {
        String timestamp = String.valueOf(NOW.getEpochSecond());
        String signature = hmac(SIGNING_SECRET, timestamp, MESSAGE);

        assertUnauthorized(request(MESSAGE, String.valueOf(NOW.getEpochSecond() - 1), signature, Map.of()));
    }

    @Test
    void aMissingSignatureOrTimestampIsRefused() {
        String timestamp = String.valueOf(NOW.getEpochSecond());
        assertUnauthorized(request(MESSAGE, timestamp, null, Map.of()));
        assertUnauthorized(request(MESSAGE, null, hmac(SIGNING_SECRET, timestamp, MESSAGE), Map.of()));
        assertUnauthorized(request(MESSAGE, "yesterday", hmac(SIGNING_SECRET, "yesterday", MESSAGE), Map.of()));
    }

    @Test
    void aRequestSignedMoreThanFiveMinutesAwayIsRefusedEitherWay() {
        assertUnauthorized(signed(MESSAGE, NOW.minusSeconds(301)));
        assertUnauthorized(signed(MESSAGE, NOW.plusSeconds(301)));
        assertUnauthorized(signed(MESSAGE, Instant.EPOCH));
    }

    @Test
    void aRequestSignedWithinFiveMinutesIsAccepted() {
        assertThat(only(channel.receive(signed(MESSAGE, NOW.minusSeconds(300)))).eventId())
                .isEqualTo("Ev0PV52K21");
        assertThat(only(channel.receive(signed(MESSAGE, NOW.plusSeconds(300)))).eventId())
                .isEqualTo("Ev0PV52K21");
    }

    @Test
    void theClockDecidesWhatIsExpired() {
        SlackChannel later = channelAt(NOW.plus(Duration.ofMinutes(6)));

        assertUnauthorized(later, signed(MESSAGE, NOW));
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

    private void assertUnauthorized(WebhookRequest request) {
        assertUnauthorized(channel, request);
    }

    private static void assertUnauthorized(SlackChannel channel, WebhookRequest request) {
        assertThatThrownBy(() -> channel.receive(request)).isInstanceOfSatisfying(WebhookException.class, e -> {
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.code()).isEqualTo("invalid_signature");
        });
    }

    private static InboundMessage only(Received received) {
        assertThat(received).isInstanceOf(Received.Messages.class);
        List<InboundMessage> messages = ((Received.Messages) received).messages();
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    private static SlackChannel channelAt(Instant now) {
        return new SlackChannel(
                new ChannelsConfig.Slack(SIGNING_SECRET, "xoxb-1-2-3", URI.create("http://127.0.0.1:9")),
                HttpClient.newHttpClient(),
                Duration.ofSeconds(1),
                Clock.fixed(now, ZoneOffset.UTC));
    }

    /** A request Slack signed at {@code at}. */
    private static WebhookRequest signed(String body, Instant at) {
        return sign(body, at, Map.of());
    }

    private static WebhookRequest sign(String body, Instant at, Map<String, String> extra) {
        String timestamp = String.valueOf(at.getEpochSecond());
        return request(body, timestamp, hmac(SIGNING_SECRET, timestamp, body), extra);
    }

    private static String hmac(String secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static WebhookRequest request(String body, String timestamp, String signature, Map<String, String> extra) {
        Map<String, String> headers = new HashMap<>(extra);
        headers.put("content-type", "application/json");
        if (timestamp != null) {
            headers.put("x-slack-request-timestamp", timestamp);
        }
        if (signature != null) {
            headers.put("x-slack-signature", signature);
        }
        return new WebhookRequest("POST", headers, Map.of(), body.getBytes(StandardCharsets.UTF_8), null, NOW);
    }
}

package dev.baton.channel.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.channel.InboundMessage;
import dev.baton.channel.Received;
import dev.baton.channel.WebhookException;
import dev.baton.channel.WebhookRequest;
import dev.baton.config.ChannelsConfig;
import java.net.URI;
import java.net.URLEncoder;
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

/**
 * Webhook requests as Slack signs them, for a {@link SlackChannel} on a fixed clock, and what a test asks of
 * the channel's answer.
 */
final class SlackRequests {

    static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
    /** A direct message to the bot, as Slack's documentation shows one. */
    static final String MESSAGE = """
            {"token": "XXYYZZ", "team_id": "T061EG9R6", "api_app_id": "A0PNCHHK2",
             "event": {"type": "message", "channel": "D024BE91L", "channel_type": "im", "user": "U2147483697",
                       "text": "Where is my withdrawal?", "ts": "1355517523.000005", "event_ts": "1355517523.000005"},
             "type": "event_callback", "authed_users": ["U0BOTUSER"], "event_id": "Ev0PV52K21",
             "event_time": 1355517523,
             "authorizations": [{"enterprise_id": null, "team_id": "T061EG9R6", "user_id": "U0BOTUSER",
                                 "is_bot": true, "is_enterprise_install": false}]}
            """;

    /** A click on Baton's second button in a direct message, as Slack posts a {@code block_actions} payload. */
    static final String CLICK = """
            {"type": "block_actions",
             "user": {"id": "U2147483697", "username": "li.wei", "name": "li.wei", "team_id": "T061EG9R6"},
             "api_app_id": "A0PNCHHK2", "token": "XXYYZZ",
             "container": {"type": "message", "message_ts": "1714557590.000100", "channel_id": "D024BE91L",
                           "is_ephemeral": false},
             "trigger_id": "1388105719492.1379717998065.9bc163894734c1f415a2c504e81dec91",
             "team": {"id": "T061EG9R6", "domain": "baton-support"},
             "enterprise": null, "is_enterprise_install": false,
             "channel": {"id": "D024BE91L", "name": "directmessage"},
             "message": {"bot_id": "B0BOT", "type": "message", "text": "Which one?", "user": "U0BOTUSER",
                         "ts": "1714557590.000100", "team": "T061EG9R6", "blocks": []},
             "state": {"values": {}},
             "response_url": "https://hooks.slack.com/actions/T061EG9R6/1388105719492/9bc163894734c1f415",
             "actions": [{"action_id": "baton_option_2", "block_id": "b1a2",
                          "text": {"type": "plain_text", "text": "Verify identity", "emoji": true},
                          "value": "Verify identity", "type": "button", "action_ts": "1714557600.123456"}]}
            """;

    private SlackRequests() {}

    /** Slack's interactivity request carrying {@code payload}: form-encoded and signed at {@code at}. */
    static WebhookRequest clicked(String payload, Instant at) {
        return sign(form(payload), at, Map.of("content-type", "application/x-www-form-urlencoded"));
    }

    static String form(String payload) {
        return "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);
    }

    static void assertUnauthorized(SlackChannel channel, WebhookRequest request) {
        assertThatThrownBy(() -> channel.receive(request)).isInstanceOfSatisfying(WebhookException.class, e -> {
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.code()).isEqualTo("invalid_signature");
        });
    }

    static InboundMessage only(Received received) {
        assertThat(received).isInstanceOf(Received.Messages.class);
        List<InboundMessage> messages = ((Received.Messages) received).messages();
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    static SlackChannel channelAt(Instant now) {
        return new SlackChannel(
                new ChannelsConfig.Slack(SIGNING_SECRET, "xoxb-1-2-3", URI.create("http://127.0.0.1:9")),
                HttpClient.newHttpClient(),
                Duration.ofSeconds(1),
                Clock.fixed(now, ZoneOffset.UTC));
    }

    /** A request Slack signed at {@code at}. */
    static WebhookRequest signed(String body, Instant at) {
        return sign(body, at, Map.of());
    }

    static WebhookRequest sign(String body, Instant at, Map<String, String> extra) {
        String timestamp = String.valueOf(at.getEpochSecond());
        return request(body, timestamp, hmac(SIGNING_SECRET, timestamp, body), extra);
    }

    static String hmac(String secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    static WebhookRequest request(String body, String timestamp, String signature, Map<String, String> extra) {
        Map<String, String> headers = new HashMap<>(extra);
        headers.putIfAbsent("content-type", "application/json");
        if (timestamp != null) {
            headers.put("x-slack-request-timestamp", timestamp);
        }
        if (signature != null) {
            headers.put("x-slack-signature", signature);
        }
        return new WebhookRequest("POST", headers, Map.of(), body.getBytes(StandardCharsets.UTF_8), null, NOW);
    }
}

package dev.baton.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.channel.FakePlatform;
import dev.baton.http.ApiClient.Reply;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/**
 * Slack and Telegram calling a running Baton as they do when a user types or presses one of Baton's
 * quick-reply buttons: Slack's signed {@code block_actions} form and Telegram's {@code callback_query}, each
 * built from the message Baton sent to the platform's stand-in, as the platform would.
 */
final class ButtonPresses {

    static final String TELEGRAM_SECRET = "s3cret-token_for-webhook";
    static final String TELEGRAM_BOT = "123456:ABC-bot-token";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiClient api;
    private final PlatformWebhooks webhooks;

    ButtonPresses(ApiClient api) {
        this.api = api;
        this.webhooks = new PlatformWebhooks(api);
    }

    /** Baton's settings for Slack and Telegram, each answered by its stand-in. */
    static Map<String, String> settings(FakePlatform slack, FakePlatform telegram) {
        return Map.of(
                "BATON_SLACK_SIGNING_SECRET",
                PlatformWebhooks.SLACK_SECRET,
                "BATON_SLACK_BOT_TOKEN",
                "xoxb-test-token",
                "BATON_SLACK_API_URL",
                slack.uri().toString(),
                "BATON_TELEGRAM_SECRET",
                TELEGRAM_SECRET,
                "BATON_TELEGRAM_BOT_TOKEN",
                TELEGRAM_BOT,
                "BATON_TELEGRAM_API_URL",
                telegram.uri().toString());
    }

    /** A user's direct message to the Slack app. */
    Reply slackTyped(String eventId, String channel, String text) {
        return webhooks.slack(PlatformWebhooks.slackEvent(eventId, channel, text));
    }

    /**
     * A click on {@code button} of {@code posted} (the {@code chat.postMessage} body Baton sent) in
     * {@code channel}, made at {@code actionTs}, form-encoded and signed now as Slack posts it.
     */
    Reply slackClick(String channel, JsonNode posted, JsonNode button, String actionTs) {
        ObjectNode payload = JSON.createObjectNode().put("type", "block_actions");
        payload.putObject("user").put("id", "U0123").put("username", "li.wei").put("team_id", "T0123");
        payload.put("api_app_id", "A0123").put("token", "legacy-verification-token");
        payload.putObject("container")
                .put("type", "message")
                .put("message_ts", "1764115201.000200")
                .put("channel_id", channel)
                .put("is_ephemeral", false);
        payload.put("trigger_id", "1388105719492.1379717998065.9bc163894734c1f4");
        payload.putObject("team").put("id", "T0123").put("domain", "baton-support");
        payload.putObject("channel").put("id", channel).put("name", "directmessage");
        ObjectNode message = payload.putObject("message")
                .put("type", "message")
                .put("bot_id", "B0BATON")
                .put("user", "U0BATON")
                .put("ts", "1764115201.000200")
                .put("text", posted.path("text").asText());
        message.set("blocks", posted.path("blocks"));
        payload.put("response_url", "https://hooks.slack.com/actions/T0123/1388105719492/9bc1");
        ObjectNode action = payload.putArray("actions").addObject();
        action.put("action_id", button.path("action_id").asText()).put("block_id", "b1");
        action.set("text", button.path("text"));
        action.put("value", button.path("value").asText()).put("type", "button").put("action_ts", actionTs);
        return slackForm("payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8));
    }

    /** {@code body} posted to the Slack webhook as a signed form, as Slack posts interactivity requests. */
    Reply slackForm(String body) {
        long timestamp = Instant.now().getEpochSecond();
        return api.requestWithHeaders(
                "POST",
                "/webhooks/slack",
                "application/x-www-form-urlencoded",
                body,
                Map.of(
                        "X-Slack-Request-Timestamp",
                        String.valueOf(timestamp),
                        "X-Slack-Signature",
                        "v0=" + PlatformWebhooks.hmac(PlatformWebhooks.SLACK_SECRET, "v0:" + timestamp + ":" + body)));
    }

    /** {@code update} posted to the Telegram webhook with its secret. */
    Reply telegram(String update) {
        return api.requestWithHeaders(
                "POST",
                "/webhooks/telegram",
                "application/json",
                update,
                Map.of("X-Telegram-Bot-Api-Secret-Token", TELEGRAM_SECRET));
    }

    /** A user's text message in a private chat with the bot. */
    static String telegramText(long updateId, long chat, String text) {
        return TelegramEndToEndTest.update(updateId, chat, text);
    }

    /**
     * A press on the button with {@code data} under {@code sent} (the {@code sendMessage} body Baton sent),
     * as Telegram posts the {@code callback_query}: with the message and its keyboard; without the message
     * when {@code sent} is null (a message Telegram no longer includes).
     */
    static String telegramPress(long updateId, String queryId, long chat, JsonNode sent, String data) {
        ObjectNode update = JSON.createObjectNode().put("update_id", updateId);
        ObjectNode query = update.putObject("callback_query").put("id", queryId);
        query.putObject("from")
                .put("id", chat)
                .put("is_bot", false)
                .put("first_name", "Li")
                .put("language_code", "zh-hans");
        if (sent != null) {
            ObjectNode message = query.putObject("message")
                    .put("message_id", updateId % 1000)
                    .put("date", 1764115201);
            message.putObject("chat").put("id", chat).put("type", "private");
            message.putObject("from")
                    .put("id", 123456)
                    .put("is_bot", true)
                    .put("first_name", "Baton")
                    .put("username", "BatonSupportBot");
            message.put("text", sent.path("text").asText());
            message.set("reply_markup", sent.path("reply_markup"));
        }
        query.put("chat_instance", "-8475632175620983541").put("data", data);
        return update.toString();
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}

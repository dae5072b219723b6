package dev.baton.http;

import static dev.baton.http.ButtonPresses.json;
import static dev.baton.http.ButtonPresses.telegramPress;
import static dev.baton.http.ButtonPresses.telegramText;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.channel.FakePlatform;
import dev.baton.channel.FakePlatform.Answer;
import dev.baton.http.ApiClient.Reply;
import dev.baton.testing.IntegrationTest;
import dev.baton.testing.Poll;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quick replies as real buttons on Slack and Telegram, through a real server and the platforms' stand-ins: a
 * user asks something unclear, Baton offers options, and the user picks one, then asks for a person, then
 * skips the question for an account. Once by pressing the buttons (each press delivered twice) and once, in
 * another chat, by typing the options: both make the same turns, with the same replies from Baton and the same
 * user messages stored.
 */
@IntegrationTest
class ButtonsEndToEndTest {

    private static final String UNCLEAR = "关于客服";
    private static final AtomicLong IDS = new AtomicLong(5_000);

    @TempDir
    static Path data;

    static FakePlatform slack;
    static FakePlatform telegram;
    static BatonTestServer server;
    static ApiClient api;
    static ButtonPresses platforms;
    static String agent;

    /** What a conversation amounts to: the messages Baton sent to the platform, and its stored transcript. */
    record Turns(List<JsonNode> sent, List<JsonNode> transcript) {}

    @BeforeAll
    static void start() {
        slack = FakePlatform.start().answerAlways(Answer.json(200, "{\"ok\":true}"));
        telegram = FakePlatform.start().answerAlways(Answer.json(200, "{\"ok\":true,\"result\":{}}"));
        server = BatonTestServer.start(data, ButtonPresses.settings(slack, telegram));
        api = new ApiClient(server.baseUrl());
        platforms = new ButtonPresses(api);
        agent = server.addAgent("ann", 2, true);
    }

    @AfterAll
    static void stop() {
        server.close();
        slack.close();
        telegram.close();
    }

    @Test
    void clickingSlackButtonsMakesTheSameTurnsAsTypingTheOptions() {
        int before = slack.calls().size();

        Turns clicked = slack("D0CLICK", true);
        Turns typed = slack("D0TYPED", false);

        assertThat(clicked.sent().get(0).path("blocks").findValuesAsText("type"))
                .contains("section", "actions", "button");
        assertThat(clicked.sent()).isEqualTo(typed.sent());
        assertThat(clicked.transcript()).hasSize(8).isEqualTo(typed.transcript());
        assertThat(slack.calls())
                .as("four replies and two agent messages a conversation: the repeated clicks made no turn")
                .hasSize(before + 12);
    }

    @Test
    void pressingTelegramButtonsMakesTheSameTurnsAsTypingTheOptionsAndEveryPressIsAnswered() {
        int before = telegram.calls().size();

        Turns pressed = telegram(777101, true);
        Turns typed = telegram(777102, false);

        assertThat(pressed.sent()
                        .get(0)
                        .path("reply_markup")
                        .path("inline_keyboard")
                        .size())
                .isGreaterThan(1);
        assertThat(pressed.sent()).isEqualTo(typed.sent());
        assertThat(pressed.transcript()).hasSize(8).isEqualTo(typed.transcript());
        assertThat(telegram.calls())
                .as("four replies and two agent messages a conversation; every press answered in the response")
                .hasSize(before + 12);
    }

    @Test
    void telegramPressesBatonCannotReadAreAnsweredAndMakeNoTurn() {
        int before = telegram.calls().size();

        JsonNode question = json("{\"text\": \"您想问的是哪一个？\", \"reply_markup\": {\"inline_keyboard\":"
                + " [[{\"text\": \"转人工\", \"callback_data\": \"option:1\"}]]}}");

        assertAnswered(
                platforms.telegram(telegramPress(IDS.incrementAndGet(), "cq-stale-1", 777103, null, "option:1")),
                "cq-stale-1");
        assertAnswered(
                platforms.telegram(telegramPress(IDS.incrementAndGet(), "cq-stale-2", 777103, question, "option:9")),
                "cq-stale-2");
        assertThat(platforms
                        .telegram(telegramText(IDS.incrementAndGet(), 777103, UNCLEAR))
                        .status())
                .isEqualTo(200);

        assertThat(json(telegram.nextCall().body()).path("reply_markup").isObject())
                .as("the reply to the message typed after the press")
                .isTrue();
        assertThat(telegram.calls())
                .as("a chat's turns are taken in order, so a turn of the press would have been answered first")
                .hasSize(before + 1);
    }

    /**
     * In the Slack DM {@code chat}: asks, then three times picks the first option Baton offers (an entry, a
     * person, skipping the account question).
     */
    private Turns slack(String chat, boolean click) {
        List<JsonNode> sent = new ArrayList<>();
        assertThat(platforms
                        .slackTyped("Ev" + IDS.incrementAndGet(), chat, UNCLEAR)
                        .status())
                .isEqualTo(200);
        sent.add(posted(slack));
        for (int step = 0; step < 3; step++) {
            JsonNode question = sent.get(sent.size() - 1);
            JsonNode button = question.path("blocks").findValue("elements").get(0);
            if (click) {
                String at = "1764115300." + IDS.incrementAndGet();
                assertThat(platforms.slackClick(chat, question, button, at).status())
                        .isEqualTo(200);
                assertThat(platforms.slackClick(chat, question, button, at).status())
                        .as("the same click delivered again")
                        .isEqualTo(200);
            } else {
                String label = button.path("value").asText();
                assertThat(platforms
                                .slackTyped("Ev" + IDS.incrementAndGet(), chat, label)
                                .status())
                        .isEqualTo(200);
            }
            sent.add(posted(slack));
        }
        return new Turns(sent, transcript(chat, slack));
    }

    /** The same conversation in the Telegram chat {@code chat}, each press answered in the webhook's response. */
    private Turns telegram(long chat, boolean press) {
        List<JsonNode> sent = new ArrayList<>();
        assertThat(platforms
                        .telegram(telegramText(IDS.incrementAndGet(), chat, UNCLEAR))
                        .status())
                .isEqualTo(200);
        sent.add(posted(telegram));
        for (int step = 0; step < 3; step++) {
            JsonNode question = sent.get(sent.size() - 1);
            JsonNode button =
                    question.path("reply_markup").path("inline_keyboard").get(0).get(0);
            if (press) {
                String queryId = "cq-" + chat + "-" + step;
                String update = telegramPress(
                        IDS.incrementAndGet(),
                        queryId,
                        chat,
                        question,
                        button.path("callback_data").asText());
                assertAnswered(platforms.telegram(update), queryId);
                assertAnswered(platforms.telegram(update), queryId);
            } else {
                String typed = telegramText(
                        IDS.incrementAndGet(), chat, button.path("text").asText());
                assertThat(platforms.telegram(typed).status()).isEqualTo(200);
            }
            sent.add(posted(telegram));
        }
        return new Turns(sent, transcript(String.valueOf(chat), telegram));
    }

    private static void assertAnswered(Reply reply, String queryId) {
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.raw().headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(reply.json().path("method").asText()).isEqualTo("answerCallbackQuery");
        assertThat(reply.json().path("callback_query_id").asText()).isEqualTo(queryId);
    }

    /** The next message Baton sent to the platform, without the chat it went to. */
    private static JsonNode posted(FakePlatform platform) {
        ObjectNode body = (ObjectNode) json(platform.nextCall().body());
        body.remove(List.of("channel", "chat_id"));
        return body;
    }

    /**
     * The stored messages of the chat's conversation, found through the ticket its last turn queued: sender,
     * text and decision of each, without times. An agent then takes the ticket and resolves it, so the next
     * conversation finds the queue as this one did (the user is told who joined and asked for a rating).
     */
    private static List<JsonNode> transcript(String chat, FakePlatform platform) {
        String conversation = Poll.until("a reply sent to " + chat, Duration.ofSeconds(60), () -> {
            for (JsonNode d : agentGet("/deliveries?status=sent&limit=500").path("deliveries")) {
                if (chat.equals(d.path("chatId").asText())) {
                    return d.path("conversationId").asText();
                }
            }
            return null;
        });
        String ticket = Poll.until("the ticket of " + chat, Duration.ofSeconds(60), () -> {
            for (JsonNode t : agentGet("/queue").path("tickets")) {
                if (conversation.equals(t.path("conversationId").asText())) {
                    return t.path("id").asText();
                }
            }
            return null;
        });
        List<JsonNode> messages = new ArrayList<>();
        for (JsonNode m : agentGet("/tickets/" + ticket + "/transcript").path("messages")) {
            ObjectNode kept = (ObjectNode) m.deepCopy();
            kept.remove("createdAt");
            messages.add(kept);
        }
        assertThat(agentPost("/tickets/" + ticket + "/claim").status()).isEqualTo(200);
        assertThat(agentPost("/tickets/" + ticket + "/resolve").status()).isEqualTo(200);
        platform.nextCall();
        platform.nextCall();
        return messages;
    }

    private static Reply agentPost(String path) {
        return api.request("POST", "/api/v1/agent" + path, agent, null, null);
    }

    private static JsonNode agentGet(String path) {
        return api.request("GET", "/api/v1/agent" + path, agent, null, null).json();
    }
}

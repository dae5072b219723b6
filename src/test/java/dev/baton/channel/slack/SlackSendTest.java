package dev.baton.channel.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.channel.Delivery;
import dev.baton.channel.DeliveryResult;
import dev.baton.channel.ExpiringHttpClient;
import dev.baton.channel.FakePlatform;
import dev.baton.channel.FakePlatform.Answer;
import dev.baton.config.ChannelsConfig;
import dev.baton.decision.QuickReply;
import dev.baton.testing.IntegrationTest;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@IntegrationTest
class SlackSendTest {

    private static final String TOKEN = "xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy";
    private static final String OK = "{\"ok\":true,\"channel\":\"D024BE91L\",\"ts\":\"1503435956.000247\"}";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final FakePlatform slack = FakePlatform.start();

    @AfterEach
    void stop() {
        slack.close();
    }

    @Test
    void aReplyIsPostedToChatPostMessageWithTheBotToken() throws Exception {
        slack.answer(Answer.json(200, OK));

        DeliveryResult result =
                channel(Duration.ofSeconds(5)).send(delivery("D024BE91L", "Your withdrawal is queued.", List.of()));

        assertThat(result).isEqualTo(new DeliveryResult.Delivered());
        FakePlatform.Call call = slack.nextCall();
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.path()).isEqualTo("/api/chat.postMessage");
        assertThat(call.header("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(call.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(json.readTree(call.body())).isEqualTo(json.readTree("""
                {"channel": "D024BE91L", "text": "Your withdrawal is queued."}
                """));
    }

    @Test
    void quickRepliesAreButtonsAndANumberedListInTheNotificationText() throws Exception {
        slack.answer(Answer.json(200, OK));

        channel(Duration.ofSeconds(5))
                .send(delivery(
                        "C1",
                        "Which one?",
                        List.of(
                                new QuickReply("deposit", "Deposit missing"),
                                new QuickReply("kyc", "Verify identity"))));

        JsonNode body = json.readTree(slack.nextCall().body());
        assertThat(body.get("text").asText()).isEqualTo("Which one?\n1. Deposit missing\n2. Verify identity");
        assertThat(body.path("blocks").path(1).path("elements").findValuesAsText("value"))
                .containsExactly("Deposit missing", "Verify identity");
    }

    @Test
    void slackControlCharactersAreEscaped() throws Exception {
        slack.answer(Answer.json(200, OK));

        channel(Duration.ofSeconds(5))
                .send(delivery("C1", "Fees < 1% & <!channel> > 0", List.of(new QuickReply("a", "Q&A"))));

        assertThat(json.readTree(slack.nextCall().body()).get("text").asText())
                .isEqualTo("Fees &lt; 1% &amp; &lt;!channel&gt; &gt; 0\n1. Q&amp;A");
    }

    @Test
    void slacksRateLimitIsRetriedAfterRetryAfter() {
        slack.answer(Answer.json(429, "").withHeader("Retry-After", "30"));

        DeliveryResult result = channel(Duration.ofSeconds(5)).send(delivery("C1", "hi", List.of()));

        assertThat(result)
                .isInstanceOfSatisfying(
                        DeliveryResult.Retry.class,
                        retry -> assertThat(retry.after()).isEqualTo(Duration.ofSeconds(30)));
    }

    @Test
    void aRateLimitWithoutRetryAfterUsesTheOutboxBackoff() {
        slack.answer(Answer.json(429, ""));

        assertThat(channel(Duration.ofSeconds(5)).send(delivery("C1", "hi", List.of())))
                .isInstanceOfSatisfying(
                        DeliveryResult.Retry.class,
                        retry -> assertThat(retry.after()).isNull());
    }

    @Test
    void anOkFalseRatelimitedIsRetried() {
        slack.answer(Answer.json(200, "{\"ok\":false,\"error\":\"ratelimited\"}"));

        assertThat(channel(Duration.ofSeconds(5)).send(delivery("C1", "hi", List.of())))
                .isEqualTo(new DeliveryResult.Retry("slack chat.postMessage: ratelimited", null));
    }

    @Test
    void anOkFalseInternalErrorIsRetried() {
        slack.answer(Answer.json(200, "{\"ok\":false,\"error\":\"internal_error\"}"));

        assertThat(channel(Duration.ofSeconds(5)).send(delivery("C1", "hi", List.of())))
                .isInstanceOf(DeliveryResult.Retry.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "channel_not_found",
                "not_in_channel",
                "invalid_auth",
                "account_inactive",
                "is_archived",
                "msg_too_long",
                "missing_scope"
            })
    void errorsThatWillNotPassOnRetryFail(String error) {
        slack.answer(
                Answer.json(200, "{\"ok\":false,\"error\":\"" + error + "\",\"warning\":\"superfluous_charset\"}"));

        assertThat(channel(Duration.ofSeconds(5)).send(delivery("C1", "hi", List.of())))
                .isEqualTo(new DeliveryResult.Failed("slack chat.postMessage: " + error));
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503})
    void aServerErrorIsRetried(int status) {
        slack.answer(Answer.json(status, "upstream trouble"));

        assertThat(channel(Duration.ofSeconds(5)).send(delivery("C1", "hi", List.of())))
                .isEqualTo(new DeliveryResult.Retry("slack chat.postMessage HTTP " + status, null));
    }

    @Test
    void anotherClientErrorFails() {
        slack.answer(Answer.json(404, "not found"));

        assertThat(channel(Duration.ofSeconds(5)).send(delivery("C1", "hi", List.of())))
                .isEqualTo(new DeliveryResult.Failed("slack chat.postMessage HTTP 404"));
    }

    @Test
    void aSuccessThatIsNotSlacksJsonIsRetried() {
        slack.answer(new Answer(200, Map.of("Content-Type", "text/html"), "<html>proxy login</html>"));

        assertThat(channel(Duration.ofSeconds(5)).send(delivery("C1", "hi", List.of())))
                .isInstanceOf(DeliveryResult.Retry.class);
    }

    @Test
    void aSlackThatDoesNotAnswerInTimeIsRetried() {
        slack.hold();
        ExpiringHttpClient late = new ExpiringHttpClient(slack).expire();

        DeliveryResult result = channel(late, Duration.ofSeconds(5)).send(delivery("C1", "hi", List.of()));

        assertThat(result)
                .isInstanceOfSatisfying(
                        DeliveryResult.Retry.class,
                        retry -> assertThat(retry.error()).contains("no answer within PT5S"));
        assertThat(late.timeouts()).containsExactly(Optional.of(Duration.ofSeconds(5)));
        assertThat(slack.calls()).hasSize(1);
    }

    @Test
    void anUnreachableSlackIsRetried() {
        SlackChannel channel = channel(Duration.ofSeconds(5));
        slack.close();

        assertThat(channel.send(delivery("C1", "hi", List.of()))).isInstanceOf(DeliveryResult.Retry.class);
    }

    @Test
    void noOutcomeMentionsTheBotToken() {
        slack.answer(
                Answer.json(200, "{\"ok\":false,\"error\":\"invalid_auth\"}"),
                Answer.json(429, ""),
                Answer.json(500, ""),
                Answer.json(401, ""));
        SlackChannel channel = channel(Duration.ofSeconds(5));
        List<DeliveryResult> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            results.add(channel.send(delivery("C1", "hi", List.of())));
        }
        slack.close();
        results.add(channel.send(delivery("C1", "hi", List.of())));

        assertThat(results)
                .extracting(Object::toString)
                .allSatisfy(text -> assertThat(text).doesNotContain("xoxb"));
    }

    private SlackChannel channel(Duration timeout) {
        return channel(http, timeout);
    }

    private SlackChannel channel(HttpClient client, Duration timeout) {
        return new SlackChannel(
                new ChannelsConfig.Slack("signing", TOKEN, slack.uri().resolve("/api/")),
                client,
                timeout,
                Clock.systemUTC());
    }

    private static Delivery delivery(String chatId, String text, List<QuickReply> replies) {
        return new Delivery(23, "slack", chatId, "c-2", 4, "agent", text, replies);
    }
}

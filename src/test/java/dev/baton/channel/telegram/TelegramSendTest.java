package dev.baton.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@IntegrationTest
class TelegramSendTest {

    private static final String TOKEN = "7012345678:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
    private static final String OK =
            "{\"ok\":true,\"result\":{\"message_id\":42,\"chat\":{\"id\":111222333},\"text\":\"hi\"}}";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final FakePlatform telegram = FakePlatform.start();

    @AfterEach
    void stop() {
        telegram.close();
    }

    @Test
    void aReplyIsPostedToSendMessageWithTheChatIdAsANumber() throws Exception {
        telegram.answer(Answer.json(200, OK));

        DeliveryResult result =
                channel(Duration.ofSeconds(5)).send(delivery("111222333", "Your withdrawal is queued.", List.of()));

        assertThat(result).isEqualTo(new DeliveryResult.Delivered());
        FakePlatform.Call call = telegram.nextCall();
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.path()).isEqualTo("/bot" + TOKEN + "/sendMessage");
        assertThat(call.header("Content-Type")).startsWith("application/json");
        assertThat(json.readTree(call.body())).isEqualTo(json.readTree("""
                {"chat_id": 111222333, "text": "Your withdrawal is queued."}
                """));
    }

    @Test
    void quickRepliesBecomeAnInlineKeyboardWithOneButtonARow() throws Exception {
        telegram.answer(Answer.json(200, OK));

        channel(Duration.ofSeconds(5))
                .send(delivery(
                        "-1001234567890",
                        "Which one?",
                        List.of(
                                new QuickReply("deposit", "Deposit missing"),
                                new QuickReply("kyc", "Verify identity"))));

        JsonNode body = json.readTree(telegram.nextCall().body());
        assertThat(body).isEqualTo(json.readTree("""
                {"chat_id": -1001234567890, "text": "Which one?",
                 "reply_markup": {"inline_keyboard": [[{"text": "Deposit missing", "callback_data": "option:1"}],
                                                      [{"text": "Verify identity", "callback_data": "option:2"}]]}}
                """));
    }

    @Test
    void aChannelUsernameIsSentAsAString() throws Exception {
        telegram.answer(Answer.json(200, OK));

        channel(Duration.ofSeconds(5)).send(delivery("@baton_news", "hi", List.of()));

        assertThat(json.readTree(telegram.nextCall().body()).get("chat_id").isTextual())
                .isTrue();
    }

    @Test
    void tooManyRequestsIsRetriedAfterTheSecondsTelegramGives() {
        telegram.answer(Answer.json(429, """
                {"ok":false,"error_code":429,"description":"Too Many Requests: retry after 7","parameters":{"retry_after":7}}
                """).withHeader("Retry-After", "7"));

        DeliveryResult result = channel(Duration.ofSeconds(5)).send(delivery("1", "hi", List.of()));

        assertThat(result).isInstanceOfSatisfying(DeliveryResult.Retry.class, retry -> {
            assertThat(retry.after()).isEqualTo(Duration.ofSeconds(7));
            assertThat(retry.error()).contains("429").contains("Too Many Requests");
        });
    }

    @Test
    void tooManyRequestsWithoutParametersFallsBackToTheRetryAfterHeader() {
        telegram.answer(Answer.json(429, "{\"ok\":false,\"error_code\":429}").withHeader("Retry-After", "3"));

        assertThat(channel(Duration.ofSeconds(5)).send(delivery("1", "hi", List.of())))
                .isEqualTo(new DeliveryResult.Retry("telegram sendMessage HTTP 429", Duration.ofSeconds(3)));
    }

    @Test
    void aServerErrorIsRetriedOnTheOutboxBackoff() {
        telegram.answer(Answer.json(502, "<html>Bad Gateway</html>"));

        assertThat(channel(Duration.ofSeconds(5)).send(delivery("1", "hi", List.of())))
                .isEqualTo(new DeliveryResult.Retry("telegram sendMessage HTTP 502", null));
    }

    @Test
    void aBlockedBotFailsWithTelegramsDescription() {
        telegram.answer(Answer.json(403, """
                {"ok":false,"error_code":403,"description":"Forbidden: bot was blocked by the user"}
                """));

        assertThat(channel(Duration.ofSeconds(5)).send(delivery("1", "hi", List.of())))
                .isEqualTo(new DeliveryResult.Failed(
                        "telegram sendMessage HTTP 403: Forbidden: bot was blocked by the user"));
    }

    @Test
    void aBadRequestFails() {
        telegram.answer(Answer.json(400, """
                {"ok":false,"error_code":400,"description":"Bad Request: chat not found"}
                """));

        assertThat(channel(Duration.ofSeconds(5)).send(delivery("1", "hi", List.of())))
                .isEqualTo(new DeliveryResult.Failed("telegram sendMessage HTTP 400: Bad Request: chat not found"));
    }

    @Test
    void aSuccessThatIsNotTelegramsJsonIsRetried() {
        telegram.answer(new Answer(200, java.util.Map.of("Content-Type", "text/html"), "<html>captive portal</html>"));

        assertThat(channel(Duration.ofSeconds(5)).send(delivery("1", "hi", List.of())))
                .isInstanceOf(DeliveryResult.Retry.class);
    }

    @Test
    void aTelegramThatDoesNotAnswerInTimeIsRetried() {
        telegram.hold();
        ExpiringHttpClient late = new ExpiringHttpClient(telegram).expire();

        DeliveryResult result = channel(late, Duration.ofSeconds(5)).send(delivery("1", "hi", List.of()));

        assertThat(result).isInstanceOfSatisfying(DeliveryResult.Retry.class, retry -> {
            assertThat(retry.error()).contains("no answer within PT5S");
            assertThat(retry.after()).isNull();
        });
        assertThat(late.timeouts()).containsExactly(Optional.of(Duration.ofSeconds(5)));
        assertThat(telegram.calls()).hasSize(1);
    }

    @Test
    void anUnreachableTelegramIsRetried() {
        TelegramChannel channel = channel(Duration.ofSeconds(5));
        telegram.close();

        DeliveryResult result = channel.send(delivery("1", "hi", List.of()));

        assertThat(result).isInstanceOf(DeliveryResult.Retry.class);
    }

    @Test
    void noOutcomeMentionsTheBotTokenOrTheUrl() {
        telegram.answer(
                Answer.json(429, "{\"ok\":false,\"error_code\":429,\"description\":\"slow down " + TOKEN + "\"}"),
                Answer.json(500, "{}"),
                Answer.json(403, "{\"ok\":false,\"description\":\"Forbidden\"}"),
                Answer.json(200, "nope"));
        TelegramChannel channel = channel(Duration.ofSeconds(5));
        List<DeliveryResult> results = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            results.add(channel.send(delivery("1", "hi", List.of())));
        }
        telegram.close();
        results.add(channel.send(delivery("1", "hi", List.of())));

        assertThat(results).extracting(Object::toString).allSatisfy(text -> {
            assertThat(text).doesNotContain(TOKEN).doesNotContain("AAHdqTcv").doesNotContain("/bot");
        });
    }

    @Test
    void aBotTokenOfTheWrongShapeIsRefusedWithoutBeingEchoed() {
        assertThatThrownBy(() -> new TelegramChannel(
                        new ChannelsConfig.Telegram("s", "not a token/..", telegram.uri()),
                        http,
                        Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .message()
                .doesNotContain("not a token");
        assertThatThrownBy(() -> new TelegramChannel(
                        new ChannelsConfig.Telegram("", TOKEN, telegram.uri()), http, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTrailingSlashOnTheApiUrlIsHarmless() {
        telegram.answer(Answer.json(200, OK));
        new TelegramChannel(
                        new ChannelsConfig.Telegram("s", TOKEN, URI.create(telegram.uri() + "/")),
                        http,
                        Duration.ofSeconds(5))
                .send(delivery("1", "hi", List.of()));

        assertThat(telegram.nextCall().path()).isEqualTo("/bot" + TOKEN + "/sendMessage");
    }

    private TelegramChannel channel(Duration timeout) {
        return channel(http, timeout);
    }

    private TelegramChannel channel(HttpClient client, Duration timeout) {
        return new TelegramChannel(new ChannelsConfig.Telegram("s", TOKEN, telegram.uri()), client, timeout);
    }

    private static Delivery delivery(String chatId, String text, List<QuickReply> replies) {
        return new Delivery(17, "telegram", chatId, "c-1", 3, "bot", text, replies);
    }
}

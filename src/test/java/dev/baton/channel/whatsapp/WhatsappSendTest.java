package dev.baton.channel.whatsapp;

import static dev.baton.channel.whatsapp.WhatsappFixtures.ACCESS_TOKEN;
import static dev.baton.channel.whatsapp.WhatsappFixtures.PHONE_NUMBER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.channel.Delivery;
import dev.baton.channel.DeliveryResult;
import dev.baton.channel.ExpiringHttpClient;
import dev.baton.channel.FakePlatform;
import dev.baton.channel.FakePlatform.Answer;
import dev.baton.decision.QuickReply;
import dev.baton.decision.ReplyLanguage;
import dev.baton.testing.HandClock;
import dev.baton.testing.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sending to a stand-in for the Graph API on loopback: the calls, how its answers are taken, and the token kept out. */
@IntegrationTest
class WhatsappSendTest {

    static final Answer OK = Answer.json(200, """
            {"messaging_product": "whatsapp", "contacts": [{"input": "8613800138000", "wa_id": "8613800138000"}],
             "messages": [{"id": "wamid.HBgNODYxMzgwMDEzODAwMBUCABEYEjQ0QkM4RkI1"}]}
            """);
    private static final String USER = "8613800138000";

    private final ObjectMapper json = new ObjectMapper();
    private final FakePlatform graph = FakePlatform.start();
    private final HandClock clock = new HandClock(WhatsappFixtures.NOW);
    private final WhatsappFixtures.Chats chats =
            new WhatsappFixtures.Chats().wrote(USER, WhatsappFixtures.NOW).speaks("c-zh", ReplyLanguage.SIMPLIFIED);

    @AfterEach
    void stop() {
        graph.close();
    }

    @Test
    void aReplyIsPostedToThePhoneNumbersMessagesWithTheAccessToken() throws Exception {
        graph.answer(OK);

        DeliveryResult result = channel(null).send(delivery("c-1", "Your withdrawal is queued.", List.of()));

        assertThat(result).isEqualTo(new DeliveryResult.Delivered());
        FakePlatform.Call call = graph.nextCall();
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.path()).isEqualTo("/v21.0/" + PHONE_NUMBER_ID + "/messages");
        assertThat(call.header("Authorization")).isEqualTo("Bearer " + ACCESS_TOKEN);
        assertThat(call.header("Content-Type")).startsWith("application/json");
        assertThat(json.readTree(call.body())).isEqualTo(json.readTree("""
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "8613800138000",
                 "type": "text", "text": {"body": "Your withdrawal is queued."}}
                """));
    }

    @Test
    void quickRepliesArriveAsButtonsOrAListLabelledInTheConversationsLanguage() throws Exception {
        graph.answerAlways(OK);
        WhatsappChannel channel = channel(null);

        channel.send(delivery("c-zh", "选一个：", options(2)));
        channel.send(delivery("c-zh", "选一个：", options(5)));
        channel.send(delivery("c-en", "Pick one:", options(5)));

        JsonNode buttons = json.readTree(graph.nextCall().body());
        JsonNode chinese = json.readTree(graph.nextCall().body());
        JsonNode english = json.readTree(graph.nextCall().body());
        assertThat(buttons.at("/interactive/type").asText()).isEqualTo("button");
        assertThat(buttons.at("/interactive/action/buttons/1/reply/id").asText())
                .isEqualTo("l:选项 2");
        assertThat(chinese.at("/interactive/type").asText()).isEqualTo("list");
        assertThat(chinese.at("/interactive/action/button").asText()).isEqualTo("选择");
        assertThat(chinese.at("/interactive/action/sections/0/rows")).hasSize(5);
        assertThat(english.at("/interactive/action/button").asText())
                .as("a conversation Baton does not know is written to in English")
                .isEqualTo("Choose");
    }

    @Test
    void tooManyRequestsIsRetriedAfterTheRetryAfterHeader() {
        graph.answer(Answer.json(429, graphError(130429, "Rate limit hit")).withHeader("Retry-After", "7"));

        DeliveryResult result = channel(null).send(delivery("c-1", "hi", List.of()));

        assertThat(result).isInstanceOfSatisfying(DeliveryResult.Retry.class, retry -> {
            assertThat(retry.after()).isEqualTo(Duration.ofSeconds(7));
            assertThat(retry.error()).contains("429", "Rate limit hit", "130429");
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 80007, 130429, 131048, 131056})
    void metasRateLimitCodesAreRetriedWhateverTheStatus(int code) {
        graph.answer(Answer.json(400, graphError(code, "(#" + code + ") Rate limit")));

        assertThat(channel(null).send(delivery("c-1", "hi", List.of())))
                .isEqualTo(new DeliveryResult.Retry(
                        "whatsapp messages HTTP 400: (#" + code + ") Rate limit: details (code " + code + ")", null));
    }

    @Test
    void aServerErrorIsRetriedOnTheOutboxBackoff() {
        graph.answer(Answer.json(503, "<html>Service Unavailable</html>"));

        assertThat(channel(null).send(delivery("c-1", "hi", List.of())))
                .isEqualTo(new DeliveryResult.Retry("whatsapp messages HTTP 503", null));
    }

    @Test
    void aRefusalFailsWithMetasMessageAndCode() {
        graph.answer(Answer.json(400, graphError(131026, "(#131026) Message undeliverable")));

        assertThat(channel(null).send(delivery("c-1", "hi", List.of())))
                .isEqualTo(new DeliveryResult.Failed(
                        "whatsapp messages HTTP 400: (#131026) Message undeliverable: details (code 131026)"));
    }

    @Test
    void aSuccessThatIsNotTheGraphApisAnswerIsRetried() {
        graph.answer(new Answer(200, Map.of("Content-Type", "text/html"), "<html>captive portal</html>"));

        assertThat(channel(null).send(delivery("c-1", "hi", List.of()))).isInstanceOf(DeliveryResult.Retry.class);
    }

    @Test
    void aGraphApiThatDoesNotAnswerInTimeIsRetried() {
        graph.hold();
        ExpiringHttpClient late = new ExpiringHttpClient(graph).expire();
        WhatsappChannel channel = new WhatsappChannel(
                WhatsappFixtures.config(graph.uri("/v21.0"), null), late, Duration.ofSeconds(5), clock, chats);

        DeliveryResult result = channel.send(delivery("c-1", "hi", List.of()));

        assertThat(result).isInstanceOfSatisfying(DeliveryResult.Retry.class, retry -> {
            assertThat(retry.error()).contains("no answer within PT5S");
            assertThat(retry.after()).isNull();
        });
        assertThat(late.timeouts()).containsExactly(Optional.of(Duration.ofSeconds(5)));
    }

    @Test
    void noOutcomeMentionsTheAccessToken() {
        graph.answer(
                Answer.json(401, graphError(190, "Malformed access token " + ACCESS_TOKEN)),
                Answer.json(429, graphError(130429, "slow down " + ACCESS_TOKEN)),
                Answer.json(500, "{}"),
                Answer.json(200, "nope"));
        WhatsappChannel channel = channel(null);
        List<DeliveryResult> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            results.add(channel.send(delivery("c-1", "hi", List.of())));
        }
        graph.close();
        results.add(channel.send(delivery("c-1", "hi", List.of())));

        assertThat(results.get(0)).isInstanceOf(DeliveryResult.Failed.class);
        assertThat(results)
                .extracting(Object::toString)
                .allSatisfy(
                        text -> assertThat(text).doesNotContain(ACCESS_TOKEN).doesNotContain("EAAJB3a9"));
    }

    @Test
    void insideTheWindowTheReplyItselfGoes() throws Exception {
        graph.answer(OK);
        clock.advance(Duration.ofHours(23).plusMinutes(59));

        assertThat(channel("support_reply_waiting").send(delivery("c-zh", "还在处理中", List.of())))
                .isEqualTo(new DeliveryResult.Delivered());
        assertThat(json.readTree(graph.nextCall().body()).path("type").asText()).isEqualTo("text");
    }

    @Test
    void outsideTheWindowTheTemplateGoesInsteadInTheConversationsLanguage() throws Exception {
        graph.answer(OK);
        clock.advance(Duration.ofHours(24).plusMillis(1));

        assertThat(channel("support_reply_waiting").send(delivery("c-zh", "还在处理中", List.of())))
                .isEqualTo(new DeliveryResult.Delivered());
        JsonNode sent = json.readTree(graph.nextCall().body());
        assertThat(sent.path("type").asText()).isEqualTo("template");
        assertThat(sent.at("/template/name").asText()).isEqualTo("support_reply_waiting");
        assertThat(sent.at("/template/language/code").asText()).isEqualTo("zh_CN");
        assertThat(graph.calls()).hasSize(1);
    }

    @Test
    void aTemplateWithoutThatTranslationIsSentInEnglish() throws Exception {
        graph.answer(
                Answer.json(404, graphError(132001, "(#132001) Template name does not exist in the translation")), OK);
        clock.advance(Duration.ofDays(3));

        assertThat(channel("support_reply_waiting").send(delivery("c-zh", "还在处理中", List.of())))
                .isEqualTo(new DeliveryResult.Delivered());
        assertThat(json.readTree(graph.nextCall().body())
                        .at("/template/language/code")
                        .asText())
                .isEqualTo("zh_CN");
        assertThat(json.readTree(graph.nextCall().body())
                        .at("/template/language/code")
                        .asText())
                .isEqualTo("en");
    }

    @Test
    void whenMetaSaysTheWindowIsClosedTheTemplateGoesOrTheDeliveryFails() throws Exception {
        String closed = graphError(131047, "(#131047) Re-engagement message");
        graph.answer(Answer.json(400, closed), OK, Answer.json(400, closed));

        assertThat(channel("support_reply_waiting").send(delivery("c-en", "Done.", List.of())))
                .isEqualTo(new DeliveryResult.Delivered());
        assertThat(channel(null).send(delivery("c-en", "Done.", List.of())))
                .isEqualTo(new DeliveryResult.Failed(WhatsappChannel.OUTSIDE_WINDOW));
        graph.nextCall();
        assertThat(json.readTree(graph.nextCall().body())
                        .at("/template/language/code")
                        .asText())
                .isEqualTo("en");
        assertThat(graph.calls()).hasSize(3);
    }

    @Test
    void aTemplateThatFailsSaysItWasTheWindowsTemplate() {
        graph.answer(Answer.json(400, graphError(132015, "(#132015) Template is paused")));
        clock.advance(Duration.ofDays(2));

        assertThat(channel("support_reply_waiting").send(delivery("c-en", "Done.", List.of())))
                .isEqualTo(
                        new DeliveryResult.Failed("outside WhatsApp's 24-hour window, template support_reply_waiting: "
                                + "whatsapp messages HTTP 400: (#132015) Template is paused: details (code 132015)"));
    }

    private WhatsappChannel channel(String template) {
        return WhatsappFixtures.channel(graph.uri("/v21.0"), template, clock, chats);
    }

    private static String graphError(int code, String message) {
        return """
                {"error": {"message": "%s", "type": "OAuthException", "code": %d,
                           "error_data": {"messaging_product": "whatsapp", "details": "details"},
                           "fbtrace_id": "AbCdEf123"}}
                """.formatted(message, code);
    }

    private static List<QuickReply> options(int count) {
        List<QuickReply> options = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            options.add(new QuickReply("q" + i, "选项 " + i));
        }
        return options;
    }

    private static Delivery delivery(String conversationId, String text, List<QuickReply> options) {
        return new Delivery(17, "whatsapp", USER, conversationId, 3, "bot", text, options);
    }
}

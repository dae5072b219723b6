package dev.baton.channel.telegram;

import static dev.baton.channel.telegram.TelegramReceiveTest.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.channel.Delivery;
import dev.baton.channel.InboundMessage;
import dev.baton.channel.Received;
import dev.baton.channel.WebhookException;
import dev.baton.channel.WebhookResponse;
import dev.baton.config.ChannelsConfig;
import dev.baton.decision.QuickReply;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A press on an inline button: the option's label typed into the chat, always answered in the webhook's
 * response, also when there is nothing to take in.
 */
class TelegramCallbacksTest {

    private static final String SECRET = "s3cret-Token_value";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The user presses the second button under Baton's question, as Telegram posts the update. */
    private static final String PRESS = """
            {"update_id": 902134570,
             "callback_query": {"id": "4382bfdwdsb323b2d9", "chat_instance": "-8475632175620983541",
               "from": {"id": 111222333, "is_bot": false, "first_name": "Li", "username": "li_wei",
                        "language_code": "zh-hans"},
               "message": {"message_id": 42, "date": 1700000100,
                           "chat": {"id": 111222333, "first_name": "Li", "type": "private"},
                           "from": {"id": 7012345678, "is_bot": true, "first_name": "Baton",
                                    "username": "BatonSupportBot"},
                           "text": "您想问的是哪一个？",
                           "reply_markup": {"inline_keyboard": [
                             [{"text": "充值未到账", "callback_data": "option:1"}],
                             [{"text": "转人工客服", "callback_data": "option:2"}]]}},
               "data": "option:2"}}
            """;

    private final TelegramChannel channel = new TelegramChannel(
            new ChannelsConfig.Telegram(SECRET, "123456:ABC-def_ghi", URI.create("http://127.0.0.1:9")),
            HttpClient.newHttpClient(),
            Duration.ofSeconds(1));

    @Test
    void aPressIsTheButtonsLabelInTheChatWithTheUsersLanguage() {
        Received received = channel.receive(request(SECRET, PRESS));

        assertThat(received)
                .isEqualTo(new Received.Messages(List.of(new InboundMessage(
                        "telegram", "callback:4382bfdwdsb323b2d9", "111222333", "zh-hans", "转人工客服", null))));
    }

    @Test
    void thePressIsAnsweredInTheWebhooksResponse() throws Exception {
        WebhookResponse answer = channel.acknowledge((Received.Messages) channel.receive(request(SECRET, PRESS)));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("application/json");
        assertThat(JSON.readTree(answer.body()))
                .isEqualTo(JSON.readTree(
                        "{\"method\": \"answerCallbackQuery\", \"callback_query_id\": \"4382bfdwdsb323b2d9\"}"));
    }

    @Test
    void aTypedMessageIsStillAcknowledgedWithOk() {
        Received.Messages typed = (Received.Messages) channel.receive(request(SECRET, """
                {"update_id": 5, "message": {"message_id": 1, "chat": {"id": 77, "type": "private"},
                 "from": {"id": 77, "is_bot": false, "first_name": "A"}, "text": "转人工客服"}}
                """));

        assertThat(channel.acknowledge(typed)).isEqualTo(WebhookResponse.ok());
        assertThat(channel.acknowledge(new Received.Messages(List.of()))).isEqualTo(WebhookResponse.ok());
    }

    @Test
    void aRepeatedDeliveryIsTheSameEventAndAnotherPressANewOne() {
        Received again = channel.receive(request(SECRET, PRESS));
        InboundMessage another = only(channel.receive(request(
                SECRET, edit(PRESS, q -> q.put("id", "4382bfdwdsb323b2e0")).replace("902134570", "902134571"))));

        assertThat(again).isEqualTo(channel.receive(request(SECRET, PRESS)));
        assertThat(another.eventId()).isEqualTo("callback:4382bfdwdsb323b2e0");
        assertThat(another.text()).isEqualTo("转人工客服");
    }

    @Test
    void aLongLabelOnAButtonBatonSentComesBackWholeWhileItsDataStaysWithin64Bytes() throws Exception {
        String longLabel = "提现到外部钱包一直显示处理中，已经超过三天了，请问我现在应该怎么办，会不会丢失资产？".repeat(4);
        List<QuickReply> replies = IntStream.rangeClosed(1, 120)
                .mapToObj(i -> new QuickReply("q" + i, i == 117 ? longLabel : "选项 " + i))
                .toList();
        JsonNode sent = JSON.valueToTree(TelegramSendMessage.of(
                new Delivery(9, "telegram", "111222333", "c-1", 2, "bot", "您想问的是哪一个？", replies)));
        JsonNode keyboard = sent.path("reply_markup");

        assertThat(keyboard.path("inline_keyboard").findValuesAsText("callback_data"))
                .hasSize(120)
                .doesNotHaveDuplicates()
                .allSatisfy(data ->
                        assertThat(data.getBytes(StandardCharsets.UTF_8).length).isBetween(1, 64));
        String press = edit(PRESS, q -> {
            ((ObjectNode) q.get("message")).set("reply_markup", keyboard);
            q.put("data", "option:117");
        });
        assertThat(only(channel.receive(request(SECRET, press))).text()).isEqualTo(longLabel);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "message", // a button on a message sent in inline mode
                "message.reply_markup", // a message Telegram no longer includes whole
                "data" // a game button
            })
    void aPressWithoutTheButtonIsOnlyAnswered(String missing) {
        String press = edit(PRESS, q -> {
            String[] path = missing.split("\\.");
            ObjectNode node = path.length == 1 ? q : (ObjectNode) q.get(path[0]);
            node.remove(path[path.length - 1]);
        });

        assertOnlyAnswered(press);
    }

    @ParameterizedTest
    @ValueSource(strings = {"option:9", "option:", "x", "", "1"})
    void aPressWithDataBatonDidNotSendIsOnlyAnswered(String data) {
        assertOnlyAnswered(edit(PRESS, q -> q.put("data", data)));
    }

    @Test
    void aPressByABotIsOnlyAnswered() {
        assertOnlyAnswered(edit(PRESS, q -> ((ObjectNode) q.get("from")).put("is_bot", true)));
    }

    @Test
    void aPressOnAMessageTooOldToIncludeIsOnlyAnswered() {
        assertOnlyAnswered(edit(PRESS, q -> q.set("message", tree("""
                {"chat": {"id": 111222333, "type": "private"}, "message_id": 42, "date": 0}
                """))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "from", "message.chat"})
    void aPressWithoutWhatEveryPressHasIsMalformed(String missing) {
        String press = edit(PRESS, q -> {
            String[] path = missing.split("\\.");
            ObjectNode node = path.length == 1 ? q : (ObjectNode) q.get(path[0]);
            node.remove(path[path.length - 1]);
        });

        assertMalformed(press);
    }

    @Test
    void aBlankOrOverlongQueryIdIsMalformed() {
        assertMalformed(edit(PRESS, q -> q.put("id", " ")));
        assertMalformed(edit(PRESS, q -> q.put("id", "9".repeat(200))));
    }

    @Test
    void aPressWithoutTheSecretIsRefused() {
        assertThatThrownBy(() -> channel.receive(request("wrong", PRESS)))
                .isInstanceOfSatisfying(
                        WebhookException.class, e -> assertThat(e.status()).isEqualTo(401));
    }

    private void assertOnlyAnswered(String press) {
        Received received = channel.receive(request(SECRET, press));

        assertThat(received).isInstanceOfSatisfying(Received.Handshake.class, answer -> {
            assertThat(answer.response().contentType()).isEqualTo("application/json");
            assertThat(tree(answer.response().body()).path("method").asText()).isEqualTo("answerCallbackQuery");
            assertThat(tree(answer.response().body()).path("callback_query_id").asText())
                    .isEqualTo(tree(press).path("callback_query").path("id").asText());
        });
    }

    private void assertMalformed(String press) {
        assertThatThrownBy(() -> channel.receive(request(SECRET, press)))
                .isInstanceOfSatisfying(WebhookException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("malformed_body");
                    assertThat(e.getMessage()).startsWith("telegram callback_query");
                });
    }

    private static InboundMessage only(Received received) {
        assertThat(received).isInstanceOf(Received.Messages.class);
        assertThat(((Received.Messages) received).messages()).hasSize(1);
        return ((Received.Messages) received).messages().get(0);
    }

    /** {@code update} with its callback query changed. */
    private static String edit(String update, Consumer<ObjectNode> change) {
        ObjectNode tree = (ObjectNode) tree(update);
        change.accept((ObjectNode) tree.get("callback_query"));
        return tree.toString();
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}

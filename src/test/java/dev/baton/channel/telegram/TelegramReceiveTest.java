package dev.baton.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.channel.InboundMessage;
import dev.baton.channel.Received;
import dev.baton.channel.WebhookException;
import dev.baton.channel.WebhookRequest;
import dev.baton.config.ChannelsConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TelegramReceiveTest {

    private static final String SECRET = "s3cret-Token_value";

    private final TelegramChannel channel = new TelegramChannel(
            new ChannelsConfig.Telegram(SECRET, "123456:ABC-def_ghi", URI.create("http://127.0.0.1:9")),
            HttpClient.newHttpClient(),
            Duration.ofSeconds(1));

    private static final String TEXT_UPDATE = """
            {"update_id": 902134567,
             "message": {"message_id": 41, "date": 1700000000,
                         "chat": {"id": 111222333, "first_name": "Li", "type": "private"},
                         "from": {"id": 111222333, "is_bot": false, "first_name": "Li", "username": "li_wei",
                                  "language_code": "zh-hans", "is_premium": true},
                         "text": "我的提现还没到账",
                         "entities": []}}
            """;

    @Test
    void aUsersTextMessageWithTheRightSecretBecomesAnInboundMessage() {
        Received received = channel.receive(request(SECRET, TEXT_UPDATE));

        assertThat(received)
                .isEqualTo(new Received.Messages(List.of(
                        new InboundMessage("telegram", "902134567", "111222333", "zh-hans", "我的提现还没到账", null))));
        assertThat(channel.name()).isEqualTo("telegram");
    }

    @Test
    void aGroupMessageRepliesToTheGroupAndAMessageWithoutSenderHasNoLocale() {
        Received received = channel.receive(request(SECRET, """
                {"update_id": 7, "message": {"message_id": 1, "chat": {"id": -1001234567890, "type": "supergroup"},
                 "sender_chat": {"id": -1001234567890, "type": "supergroup"}, "text": "hello"}}
                """));

        assertThat(only(received))
                .extracting(InboundMessage::chatId, InboundMessage::locale, InboundMessage::text)
                .containsExactly("-1001234567890", null, "hello");
    }

    @Test
    void startIsACommandAndKeepsItsText() {
        InboundMessage start = only(channel.receive(request(SECRET, withText("/start"))));

        assertThat(start.command()).isEqualTo("/start");
        assertThat(start.text()).isEqualTo("/start");
    }

    @Test
    void aCommandLosesItsBotNameButTheTextStaysAsWritten() {
        InboundMessage help = only(channel.receive(request(SECRET, withText("/help@BatonSupportBot withdrawal"))));

        assertThat(help.command()).isEqualTo("/help");
        assertThat(help.text()).isEqualTo("/help@BatonSupportBot withdrawal");
    }

    @Test
    void ordinaryTextHasNoCommand() {
        assertThat(TelegramChannel.command("where is my deposit / withdrawal")).isNull();
        assertThat(TelegramChannel.command("/")).isNull();
        assertThat(TelegramChannel.command("/start\npayload")).isEqualTo("/start");
    }

    @Test
    void aWrongSecretIsRefused() {
        assertUnauthorized(request("s3cret-token_value", TEXT_UPDATE));
        assertUnauthorized(request(SECRET + "x", TEXT_UPDATE));
        assertUnauthorized(request("", TEXT_UPDATE));
    }

    @Test
    void aMissingSecretIsRefused() {
        assertUnauthorized(request(null, TEXT_UPDATE));
    }

    @Test
    void theSecretIsCheckedBeforeTheBodyIsRead() {
        assertUnauthorized(request("wrong", "not json"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "not json",
                "{\"update_id\": 1, \"message\": ",
                "[1, 2]",
                "\"update\"",
                "",
                "{\"update_id\": \"one\"}",
                "{\"message\": {\"message_id\": 1, \"text\": \"hi\"}}",
                "null"
            })
    void anUnreadableBodyIsMalformed(String body) {
        assertThatThrownBy(() -> channel.receive(request(SECRET, body)))
                .isInstanceOfSatisfying(WebhookException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("malformed_body");
                    assertThat(e.getMessage()).startsWith("telegram update");
                });
    }

    @Test
    void aTextMessageWithoutChatIsMalformed() {
        assertThatThrownBy(() -> channel.receive(request(SECRET, """
                {"update_id": 8, "message": {"message_id": 1, "text": "hi"}}
                """)))
                .isInstanceOfSatisfying(
                        WebhookException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // a sticker: a message without text
                "{\"update_id\": 10, \"message\": {\"message_id\": 2, \"chat\": {\"id\": 5, \"type\": \"private\"},"
                        + " \"from\": {\"id\": 5, \"is_bot\": false, \"first_name\": \"A\"},"
                        + " \"sticker\": {\"file_id\": \"CAAC\", \"emoji\": \"👍\"}}}",
                "{\"update_id\": 11, \"edited_message\": {\"message_id\": 2, \"chat\": {\"id\": 5, \"type\": \"private\"},"
                        + " \"text\": \"edited\"}}",
                "{\"update_id\": 13, \"my_chat_member\": {\"chat\": {\"id\": 5, \"type\": \"private\"},"
                        + " \"new_chat_member\": {\"status\": \"kicked\"}}}",
                "{\"update_id\": 14, \"channel_post\": {\"message_id\": 3, \"chat\": {\"id\": -100, \"type\": \"channel\"},"
                        + " \"text\": \"news\"}}",
                // another bot talking in a group
                "{\"update_id\": 15, \"message\": {\"message_id\": 4, \"chat\": {\"id\": -42, \"type\": \"group\"},"
                        + " \"from\": {\"id\": 99, \"is_bot\": true, \"first_name\": \"OtherBot\"}, \"text\": \"beep\"}}",
                "{\"update_id\": 16}"
            })
    void updatesOtherThanAUsersTextAreIgnored(String body) {
        assertThat(channel.receive(request(SECRET, body))).isEqualTo(new Received.Messages(List.of()));
    }

    private void assertUnauthorized(WebhookRequest request) {
        assertThatThrownBy(() -> channel.receive(request)).isInstanceOfSatisfying(WebhookException.class, e -> {
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.code()).isEqualTo("invalid_signature");
            assertThat(e.getMessage()).doesNotContain(SECRET);
        });
    }

    private static InboundMessage only(Received received) {
        assertThat(received).isInstanceOf(Received.Messages.class);
        assertThat(((Received.Messages) received).messages()).hasSize(1);
        return ((Received.Messages) received).messages().get(0);
    }

    private static String withText(String text) {
        return """
                {"update_id": 5, "message": {"message_id": 1, "chat": {"id": 77, "type": "private"},
                 "from": {"id": 77, "is_bot": false, "first_name": "A", "language_code": "en"}, "text": "%s"}}
                """.formatted(text.replace("\n", "\\n"));
    }

    static WebhookRequest request(String secret, String body) {
        Map<String, String> headers = new HashMap<>();
        headers.put("content-type", "application/json");
        if (secret != null) {
            headers.put("x-telegram-bot-api-secret-token", secret);
        }
        return new WebhookRequest(
                "POST",
                headers,
                Map.of(),
                body.getBytes(StandardCharsets.UTF_8),
                null,
                Instant.parse("2024-05-01T10:00:00Z"));
    }
}

package dev.baton.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.baton.channel.FakePlatform;
import dev.baton.http.ApiClient.Chat;
import dev.baton.testing.IntegrationTest;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** A pasted recovery phrase reaches no log line, even at debug level and on error paths. */
@IntegrationTest
class NothingSecretIsLoggedTest {

    private static final String PHRASE =
            "abandon ability able about above absent absorb abstract absurd abuse access accident";

    @TempDir
    Path data;

    @Test
    void aPastedPhraseIsNeverLoggedNorStoredNorEchoedInTheTranscript() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger baton = (Logger) LoggerFactory.getLogger("dev.baton");
        Level before = baton.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        baton.setLevel(Level.DEBUG);
        try (FakePlatform telegram = FakePlatform.start()
                        .answerAlways(FakePlatform.Answer.json(
                                500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal\"}"));
                BatonTestServer server = BatonTestServer.start(
                        data,
                        Map.of(
                                "BATON_TELEGRAM_SECRET",
                                TelegramEndToEndTest.SECRET,
                                "BATON_TELEGRAM_BOT_TOKEN",
                                TelegramEndToEndTest.BOT,
                                "BATON_TELEGRAM_API_URL",
                                telegram.uri().toString(),
                                "BATON_DELIVERY_MAX_ATTEMPTS",
                                "2",
                                "BATON_DELIVERY_FIRST_BACKOFF_MILLIS",
                                "10"))) {
            ApiClient api = new ApiClient(server.baseUrl());
            Chat chat = api.open();
            api.send(chat, "help, my words are " + PHRASE);
            api.send(chat, "again " + PHRASE);
            api.request(
                    "POST",
                    "/api/v1/conversations/" + chat.id() + "/messages",
                    chat.token(),
                    "application/json",
                    "{\"text\": \"" + PHRASE); // malformed on purpose

            assertThat(api.transcript(chat, 0).body()).doesNotContain("absurd abuse");

            // The same through a platform's webhook, whose reply then fails every try (error paths log).
            Map<String, String> secret = Map.of("X-Telegram-Bot-Api-Secret-Token", TelegramEndToEndTest.SECRET);
            api.requestWithHeaders(
                    "POST",
                    "/webhooks/telegram",
                    "application/json",
                    TelegramEndToEndTest.update(31_000_001, 31_001, "my phrase: " + PHRASE),
                    secret);
            api.requestWithHeaders(
                    "POST",
                    "/webhooks/telegram",
                    "application/json",
                    "{\"update_id\": 31000002, \"message\": " + PHRASE + "}",
                    secret); // malformed on purpose
            telegram.nextCall();
            String sent = telegram.nextCall().body();
            assertThat(sent).doesNotContain("absurd abuse");
        } finally {
            root.detachAppender(captured);
            baton.setLevel(before);
        }
        assertThat(captured.list).isNotEmpty();
        assertThat(captured.list).allSatisfy(e -> {
            assertThat(e.getFormattedMessage()).doesNotContain("absurd").doesNotContain("abandon ability");
            if (e.getThrowableProxy() != null) {
                assertThat(e.getThrowableProxy().getMessage()).doesNotContain("absurd");
            }
        });
    }
}

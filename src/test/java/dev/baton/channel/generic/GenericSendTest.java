package dev.baton.channel.generic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.channel.Delivery;
import dev.baton.channel.DeliveryResult;
import dev.baton.channel.ExpiringHttpClient;
import dev.baton.channel.FakePlatform;
import dev.baton.channel.FakePlatform.Answer;
import dev.baton.channel.FakePlatform.Call;
import dev.baton.config.ChannelsConfig;
import dev.baton.decision.QuickReply;
import dev.baton.testing.IntegrationTest;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@IntegrationTest
class GenericSendTest {

    private static final String SECRET = "whsec-acme";
    private static final Instant NOW = Instant.ofEpochSecond(1_700_000_000L);

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final FakePlatform app = FakePlatform.start();

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void aReplyIsPostedAsSignedJsonToTheCallbackUrl() throws Exception {
        DeliveryResult result = channel(Duration.ofSeconds(5))
                .send(new Delivery(
                        981,
                        "generic:acme",
                        "u-42",
                        "c-7f3a",
                        5,
                        "bot",
                        "Which one?",
                        List.of(
                                new QuickReply("deposit", "Deposit missing"),
                                new QuickReply("kyc", "Verify identity"))));

        assertThat(result).isEqualTo(new DeliveryResult.Delivered());
        Call call = app.nextCall();
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.path()).isEqualTo("/hooks/baton");
        assertThat(call.query()).isEqualTo("tenant=1");
        assertThat(call.header("Content-Type")).startsWith("application/json");
        assertThat(json.readTree(call.body())).isEqualTo(json.readTree("""
                {"messageId": "981", "userId": "u-42", "conversationId": "c-7f3a", "seq": 5, "sender": "bot",
                 "text": "Which one?",
                 "quickReplies": [{"id": "deposit", "label": "Deposit missing"},
                                  {"id": "kyc", "label": "Verify identity"}]}
                """));
        byte[] body = call.body().getBytes(StandardCharsets.UTF_8);
        assertThat(call.header("X-Baton-Signature"))
                .startsWith("t=1700000000,v1=")
                .isEqualTo(GenericSignature.sign(SECRET, NOW.getEpochSecond(), body));
        assertThat(GenericSignature.verify(SECRET, call.header("X-Baton-Signature"), body, NOW))
                .isEqualTo(GenericSignature.Verdict.VALID);
    }

    @Test
    void withoutQuickRepliesTheListIsEmpty() throws Exception {
        channel(Duration.ofSeconds(5)).send(delivery());

        assertThat(json.readTree(app.nextCall().body()).get("quickReplies").isEmpty())
                .isTrue();
    }

    @Test
    void anySuccessStatusIsDelivered() {
        app.answer(Answer.json(202, ""), new Answer(204, Map.of(), ""));
        GenericChannel channel = channel(Duration.ofSeconds(5));

        assertThat(channel.send(delivery())).isEqualTo(new DeliveryResult.Delivered());
        assertThat(channel.send(delivery())).isEqualTo(new DeliveryResult.Delivered());
    }

    @Test
    void tooManyRequestsIsRetriedAfterTheSecondsGiven() {
        app.answer(
                Answer.json(429, "{\"error\":\"slow down\"}").withHeader("Retry-After", "30"),
                Answer.json(429, ""),
                Answer.json(429, "").withHeader("Retry-After", "Tue, 14 Nov 2023 22:13:40 GMT"));
        GenericChannel channel = channel(Duration.ofSeconds(5));

        assertThat(channel.send(delivery()))
                .isEqualTo(new DeliveryResult.Retry(
                        "the callback answered HTTP 429: {\"error\":\"slow down\"}", Duration.ofSeconds(30)));
        assertThat(channel.send(delivery()))
                .isEqualTo(new DeliveryResult.Retry("the callback answered HTTP 429", null));
        assertThat(channel.send(delivery()))
                .isEqualTo(new DeliveryResult.Retry("the callback answered HTTP 429", Duration.ofSeconds(20)));
    }

    @Test
    void serverErrorsAreRetriedOnTheOutboxBackoff() {
        app.answer(Answer.json(503, "<html>\n  maintenance\n</html>"));

        assertThat(channel(Duration.ofSeconds(5)).send(delivery()))
                .isEqualTo(
                        new DeliveryResult.Retry("the callback answered HTTP 503: <html> maintenance </html>", null));
    }

    @Test
    void otherClientErrorsFailWithTheStartOfTheAnswer() {
        app.answer(Answer.json(404, "x".repeat(500)), Answer.json(401, ""));
        GenericChannel channel = channel(Duration.ofSeconds(5));

        assertThat(channel.send(delivery()))
                .isEqualTo(new DeliveryResult.Failed("the callback answered HTTP 404: " + "x".repeat(200) + "..."));
        assertThat(channel.send(delivery())).isEqualTo(new DeliveryResult.Failed("the callback answered HTTP 401"));
    }

    @Test
    void anAppThatDoesNotAnswerInTimeIsRetried() {
        app.hold();
        ExpiringHttpClient late = new ExpiringHttpClient(app).expire();

        DeliveryResult result = channel(late, Duration.ofSeconds(5)).send(delivery());

        assertThat(result).isInstanceOfSatisfying(DeliveryResult.Retry.class, retry -> {
            assertThat(retry.error()).contains("timed out after 5000 ms");
            assertThat(retry.after()).isNull();
        });
        assertThat(late.timeouts()).containsExactly(Optional.of(Duration.ofSeconds(5)));
        assertThat(app.calls()).hasSize(1);
    }

    @Test
    void anUnreachableAppIsRetried() {
        GenericChannel channel = channel(Duration.ofSeconds(5));
        app.close();

        assertThat(channel.send(delivery())).isInstanceOf(DeliveryResult.Retry.class);
    }

    @Test
    void withoutACallbackUrlNothingIsSent() {
        GenericChannel channel = new GenericChannel(
                "acme",
                new ChannelsConfig.Generic(SECRET, null),
                http,
                Duration.ofSeconds(5),
                Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(channel.send(delivery())).isInstanceOf(DeliveryResult.Failed.class);
    }

    private GenericChannel channel(Duration timeout) {
        return channel(http, timeout);
    }

    private GenericChannel channel(HttpClient client, Duration timeout) {
        return new GenericChannel(
                "acme",
                new ChannelsConfig.Generic(SECRET, app.uri("/hooks/baton?tenant=1")),
                client,
                timeout,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static Delivery delivery() {
        return new Delivery(981, "generic:acme", "u-42", "c-7f3a", 5, "agent", "hi", List.of());
    }
}

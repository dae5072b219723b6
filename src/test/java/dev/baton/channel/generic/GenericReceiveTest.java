package dev.baton.channel.generic;

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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GenericReceiveTest {

    private static final String SECRET = "whsec-acme";
    private static final Instant NOW = Instant.ofEpochSecond(1_700_000_000L);

    private final GenericChannel channel = new GenericChannel(
            "acme",
            new ChannelsConfig.Generic(SECRET, URI.create("http://127.0.0.1:1/baton")),
            HttpClient.newHttpClient(),
            Duration.ofSeconds(1),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void theChannelIsNamedAfterTheIntegration() {
        assertThat(channel.name()).isEqualTo("generic:acme");
    }

    @Test
    void aSignedMessageBecomesAnInboundMessage() {
        Received received = channel.receive(signed("""
                {"messageId": "m-1", "userId": "u-42", "text": "我的 USDT 充值还没到账", "locale": "zh-CN"}
                """));

        assertThat(received)
                .isEqualTo(new Received.Messages(
                        List.of(new InboundMessage("generic:acme", "m-1", "u-42", "zh-CN", "我的 USDT 充值还没到账", null))));
    }

    @Test
    void theLocaleIsOptionalAndUnknownFieldsAreIgnored() {
        Received received = channel.receive(signed("""
                {"messageId": "m-2", "userId": "u-42", "text": "hi", "appVersion": "3.1", "meta": {"a": [1]}}
                """));

        assertThat(((Received.Messages) received).messages().get(0).locale()).isNull();
    }

    @Test
    void aMissingWrongOrExpiredSignatureIsRefused() {
        String body = "{\"messageId\": \"m-1\", \"userId\": \"u-42\", \"text\": \"hi\"}";
        long now = NOW.getEpochSecond();

        assertRefused(request(body, Map.of()), 401, "missing");
        assertRefused(
                request(body, Map.of("x-baton-signature", GenericSignature.sign("other", now, body))),
                401,
                "does not match");
        assertRefused(
                request(body, Map.of("x-baton-signature", GenericSignature.sign(SECRET, now - 301, body))),
                401,
                "5 minutes");
        assertRefused(request(body, Map.of("x-baton-signature", "v1=00")), 401, "t=<unix seconds>");
    }

    @Test
    void aBodyChangedAfterSigningIsRefused() {
        String body = "{\"messageId\": \"m-1\", \"userId\": \"u-42\", \"text\": \"send 1 BTC\"}";
        String header = GenericSignature.sign(SECRET, NOW.getEpochSecond(), body);

        assertRefused(request(body.replace("1 BTC", "9 BTC"), Map.of("x-baton-signature", header)), 401, "match");
    }

    @Test
    void theSignatureIsCheckedBeforeTheBodyIsRead() {
        assertRefused(request("not json", Map.of("x-baton-signature", "t=1,v1=00")), 401, "");
    }

    @Test
    void eachMissingOrEmptyFieldIsNamed() {
        assertRefused(signed("{\"userId\": \"u\", \"text\": \"hi\"}"), 400, "'messageId'");
        assertRefused(signed("{\"messageId\": \"\", \"userId\": \"u\", \"text\": \"hi\"}"), 400, "'messageId'");
        assertRefused(signed("{\"messageId\": \"m\", \"text\": \"hi\"}"), 400, "'userId'");
        assertRefused(signed("{\"messageId\": \"m\", \"userId\": \" \", \"text\": \"hi\"}"), 400, "'userId'");
        assertRefused(signed("{\"messageId\": \"m\", \"userId\": \"u\"}"), 400, "'text'");
        assertRefused(signed("{\"messageId\": \"m\", \"userId\": \"u\", \"text\": \"  \"}"), 400, "'text'");
        assertRefused(signed("{\"messageId\": \"m\", \"userId\": \"u\", \"text\": null}"), 400, "'text'");
    }

    @Test
    void textIsAtMost4000Characters() {
        String longest = "😀".repeat(4000);

        Received received =
                channel.receive(signed("{\"messageId\": \"m\", \"userId\": \"u\", \"text\": \"" + longest + "\"}"));

        assertThat(((Received.Messages) received).messages().get(0).text()).isEqualTo(longest);
        assertRefused(
                signed("{\"messageId\": \"m\", \"userId\": \"u\", \"text\": \"" + "a".repeat(4001) + "\"}"),
                400,
                "'text' must be at most 4000");
    }

    @Test
    void idsAreAtMost128Characters() {
        assertRefused(
                signed("{\"messageId\": \"" + "m".repeat(129) + "\", \"userId\": \"u\", \"text\": \"hi\"}"),
                400,
                "'messageId' must be at most 128");
    }

    @Test
    void aLocaleMustBeALanguageTag() {
        assertRefused(
                signed("{\"messageId\": \"m\", \"userId\": \"u\", \"text\": \"hi\", \"locale\": \"<script>\"}"),
                400,
                "'locale'");
    }

    @Test
    void aFieldOfTheWrongTypeIsNamed() {
        assertRefused(signed("{\"messageId\": \"m\", \"userId\": \"u\", \"text\": {\"a\": 1}}"), 400, "'text'");
        assertRefused(signed("{\"messageId\": [\"m\"], \"userId\": \"u\", \"text\": \"hi\"}"), 400, "'messageId'");
        assertRefused(signed("{\"messageId\": \"m\", \"userId\": true, \"text\": \"hi\"}"), 400, "'userId'");
        assertRefused(signed("{\"messageId\": 1.5, \"userId\": \"u\", \"text\": \"hi\"}"), 400, "'messageId'");
    }

    @Test
    void numericIdsAreReadAsText() {
        Received received = channel.receive(signed("{\"messageId\": 90071, \"userId\": 42, \"text\": \"hi\"}"));

        assertThat(((Received.Messages) received).messages().get(0))
                .extracting(InboundMessage::eventId, InboundMessage::chatId)
                .containsExactly("90071", "42");
    }

    @Test
    void aBodyThatIsNotOneJsonObjectIsMalformed() {
        for (String body : List.of(
                "",
                "not json",
                "[]",
                "null",
                "\"text\"",
                "{\"messageId\": \"m\"",
                "{\"messageId\": \"m\", \"userId\": \"u\", \"text\": \"hi\"} {}",
                "{\"messageId\": \"m\", \"messageId\": \"n\", \"userId\": \"u\", \"text\": \"hi\"}")) {
            assertRefused(signed(body), 400, "");
        }
    }

    @Test
    void onlyPostIsAccepted() {
        WebhookRequest get = new WebhookRequest("GET", Map.of(), Map.of(), new byte[0], "acme", NOW);

        assertRefused(get, 400, "POST");
    }

    @Test
    void aBadIntegrationNameOrABlankSecretIsRefusedAtStartUp() {
        HttpClient http = HttpClient.newHttpClient();
        ChannelsConfig.Generic config = new ChannelsConfig.Generic(SECRET, null);

        assertThatThrownBy(
                        () -> new GenericChannel("Acme Corp", config, http, Duration.ofSeconds(1), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GenericChannel(
                        "acme", new ChannelsConfig.Generic(" ", null), http, Duration.ofSeconds(1), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static WebhookRequest signed(String body) {
        return request(body, Map.of("x-baton-signature", GenericSignature.sign(SECRET, NOW.getEpochSecond(), body)));
    }

    private static WebhookRequest request(String body, Map<String, String> headers) {
        Map<String, String> all = new HashMap<>(headers);
        all.put("content-type", "application/json");
        return new WebhookRequest("POST", all, Map.of(), body.getBytes(StandardCharsets.UTF_8), "acme", NOW);
    }

    private void assertRefused(WebhookRequest request, int status, String message) {
        assertThatThrownBy(() -> channel.receive(request)).isInstanceOfSatisfying(WebhookException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.getMessage()).contains(message);
        });
    }
}

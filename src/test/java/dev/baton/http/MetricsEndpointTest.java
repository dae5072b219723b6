package dev.baton.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.baton.App;
import dev.baton.channel.FakePlatform;
import dev.baton.channel.FakePlatform.Answer;
import dev.baton.http.ApiClient.Chat;
import dev.baton.http.ApiClient.Reply;
import dev.baton.metrics.Scrape;
import dev.baton.testing.HandClock;
import dev.baton.testing.IntegrationTest;
import dev.baton.testing.Poll;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /metrics} after a scripted mix of conversations on a fake clock: an answer, a clarification, an urgent
 * and a normal handoff, a claim, an agent's reply 90 s after the handoff, a resolve, a rating, and a Telegram
 * reply that fails once and is then refused (a retry and a dead letter). Every counter and histogram the mix
 * moved is checked by its exact value.
 */
@IntegrationTest
class MetricsEndpointTest {

    static final String TOKEN = "scrape-token-0123456789";
    static final String ASK = "怎么联系在线客服？";

    @TempDir
    Path data;

    HandClock clock = new HandClock(Instant.parse("2030-01-02T03:00:00Z"));
    FakePlatform telegram;
    BatonTestServer server;
    ApiClient api;

    @BeforeEach
    void start() {
        telegram = FakePlatform.start()
                .answer(
                        Answer.json(500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal\"}"),
                        Answer.json(400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request\"}"));
        Map<String, String> settings = new HashMap<>(Map.of(
                "BATON_METRICS_TOKEN",
                TOKEN,
                "BATON_TELEGRAM_SECRET",
                TelegramEndToEndTest.SECRET,
                "BATON_TELEGRAM_BOT_TOKEN",
                TelegramEndToEndTest.BOT,
                "BATON_TELEGRAM_API_URL",
                telegram.uri().toString(),
                "BATON_DELIVERY_FIRST_BACKOFF_MILLIS",
                "1000"));
        server = BatonTestServer.start(
                data, settings, new App.Environment(clock, Ticker.systemTicker(), ForkJoinPool.commonPool()));
        api = new ApiClient(server.baseUrl());
    }

    @AfterEach
    void stop() {
        server.close();
        telegram.close();
    }

    @Test
    void aScriptedMixMovesEveryCounterByExactlyWhatHappened() {
        String ann = server.addAgent("ann", 1, false);
        Map<String, Integer> actions = new HashMap<>();

        JsonNode answered = tally(actions, api.send(api.open(), ASK));
        tally(actions, api.send(api.open(), "关于客服"));
        tally(actions, api.send(api.open(), "我的币被盗了！地址 0x52908400098527886E0F7030069857D2E4169EE7"));
        Chat normal = api.open();
        tally(actions, api.send(normal, "转人工"));
        tally(actions, api.send(normal, "跳过"));
        Reply queued = api.send(normal, "跳过");
        tally(actions, queued);
        String ticket = queued.json().path("handoff").path("ticketId").asText();
        assertThat(agent("/tickets/" + ticket + "/claim", ann, null).status()).isEqualTo(200);
        clock.advance(Duration.ofSeconds(90));
        assertThat(agent("/tickets/" + ticket + "/messages", ann, "{\"text\":\"您好，我来帮您。\"}")
                        .status())
                .isEqualTo(201);
        assertThat(agent("/tickets/" + ticket + "/resolve", ann, null).status()).isEqualTo(200);
        tally(actions, api.send(normal, "5 ★", "rate_5"));
        // The same question by Telegram: decided as on the widget; its reply fails once, then is refused.
        actions.merge(answered.path("action").asText(), 1, Integer::sum);
        assertThat(telegram(TelegramEndToEndTest.update(5001, 778001, ASK)).status())
                .isEqualTo(200);
        telegram.nextCall();
        Poll.until(
                "the failed send to be put off",
                Duration.ofSeconds(30),
                () -> scrape().sum("baton_outbox_retries_total", "channel", "telegram") == 1 ? true : null);
        clock.advance(Duration.ofSeconds(10));
        telegram.nextCall();
        Scrape s = Poll.until("the dead letter", Duration.ofSeconds(30), () -> {
            Scrape now = scrape();
            // The gauge is read from the store as the scrape begins, the counter moves just after the commit: one
            // scrape may see the counter moved and the store as it was a moment before.
            boolean settled = now.sum("baton_outbox_dead_letters_total", "channel", "telegram") == 1
                    && now.sum("baton_outbox_messages", "channel", "telegram", "status", "dead") == 1;
            return settled ? now : null;
        });

        assertThat(s.sum("baton_turns_total", "channel", "web", "language", "zh-hans"))
                .isEqualTo(7);
        assertThat(s.sum("baton_turns_total", "channel", "telegram", "language", "zh-hans"))
                .isEqualTo(1);
        assertThat(s.sum("baton_turns_total")).isEqualTo(8);
        assertThat(s.sum("baton_decision_seconds_count")).isEqualTo(8);
        actions.forEach((action, count) -> assertThat(s.sum("baton_decisions_total", "action", action))
                .as("decisions with action " + action)
                .isEqualTo((double) count));
        assertThat(s.sum("baton_decisions_total")).isEqualTo(8);
        assertThat(s.sum("baton_decisions_total", "action", "clarify")).isEqualTo(1);
        assertThat(s.sum("baton_handoffs_total", "priority", "urgent")).isEqualTo(1);
        assertThat(s.labelValues("baton_handoffs_total", "reason")).anyMatch(r -> r.startsWith("funds_at_risk"));
        assertThat(s.sum("baton_handoffs_total", "priority", "normal")).isEqualTo(1);
        assertThat(s.sum("baton_ticket_transitions_total", "from", "none", "to", "queued"))
                .isEqualTo(2);
        assertThat(s.sum("baton_ticket_transitions_total", "from", "queued", "to", "assigned"))
                .isEqualTo(1);
        assertThat(s.sum("baton_ticket_transitions_total", "to", "resolved")).isEqualTo(1);
        assertThat(s.sum("baton_first_response_seconds_count", "priority", "normal"))
                .isEqualTo(1);
        assertThat(s.sum("baton_first_response_seconds_sum", "priority", "normal"))
                .isEqualTo(90.0);
        assertThat(s.sum("baton_first_response_seconds_bucket", "priority", "normal", "le", "60.0"))
                .isZero();
        assertThat(s.sum("baton_first_response_seconds_bucket", "priority", "normal", "le", "120.0"))
                .isEqualTo(1);
        assertThat(s.sum("baton_first_responses_late_total")).isZero();
        assertThat(s.sum("baton_ratings_total", "score", "5")).isEqualTo(1);
        assertThat(s.sum("baton_ratings_total")).isEqualTo(1);
        assertThat(s.sum("baton_outbox_retries_total", "channel", "telegram")).isEqualTo(1);
        assertThat(s.sum("baton_outbox_sent_total")).isZero();
        assertThat(s.sum("baton_outbox_messages", "channel", "telegram", "status", "dead"))
                .isEqualTo(1);
        assertThat(s.sum("baton_outbox_messages", "status", "pending")).isZero();
        assertThat(s.sum("baton_webhook_intake_seconds_count", "channel", "telegram"))
                .isEqualTo(1);
        assertThat(s.sum("baton_queue_depth_tickets", "priority", "urgent", "tier", "1"))
                .isEqualTo(1);
        assertThat(s.sum("baton_queue_depth_tickets", "priority", "normal")).isZero();
        assertThat(s.sum("baton_queue_oldest_age_seconds", "priority", "urgent"))
                .isEqualTo(100.0);
    }

    @Test
    void theReadyMadeBindersReportAndNoLabelCarriesWhatAUserWrote() {
        api.send(api.open(), "我的助记词是什么 0x52908400098527886E0F7030069857D2E4169EE7 zzz-unique-words");
        String text = api.request("GET", "/metrics", TOKEN, null, null).body();
        Scrape s = Scrape.parse(text);

        for (String binder : List.of(
                "jvm_memory_used_bytes",
                "jvm_threads_live_threads",
                "hikaricp_connections",
                "jetty_threads_current",
                "cache_gets_total")) {
            assertThat(s.has(binder)).as(binder).isTrue();
        }
        assertThat(text).doesNotContain("0x5290").doesNotContain("zzz-unique").doesNotContain("助记词");
        assertThat(s.samples().stream()
                        .filter(x -> x.name().startsWith("baton_"))
                        .flatMap(x -> x.labels().entrySet().stream())
                        .filter(label -> !label.getKey().equals("le"))
                        .map(Map.Entry::getValue))
                .allMatch(v -> v.matches("[a-z0-9_.:-]{1,64}"));
    }

    @Test
    void onlyTheTokenOpensIt() {
        Reply none = api.request("GET", "/metrics", null, null, null);
        Reply wrong = api.request("GET", "/metrics", "scrape-token-0123456788", null, null);
        Reply right = api.request("GET", "/metrics", TOKEN, null, null);

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json().path("error").path("code").asText()).isEqualTo("unauthorized");
        assertThat(none.raw().headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> v.startsWith("Bearer"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(right.status()).isEqualTo(200);
        assertThat(right.raw().headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> v.startsWith("text/plain"));
    }

    private Scrape scrape() {
        Reply r = api.request("GET", "/metrics", TOKEN, null, null);
        assertThat(r.status()).isEqualTo(200);
        return Scrape.parse(r.body());
    }

    private static JsonNode tally(Map<String, Integer> actions, Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode decision = reply.json().path("decision");
        actions.merge(decision.path("action").asText(), 1, Integer::sum);
        return decision;
    }

    private Reply agent(String path, String token, String json) {
        return api.request("POST", "/api/v1/agent" + path, token, json == null ? null : "application/json", json);
    }

    private Reply telegram(String body) {
        return api.requestWithHeaders(
                "POST",
                "/webhooks/telegram",
                "application/json",
                body,
                Map.of("X-Telegram-Bot-Api-Secret-Token", TelegramEndToEndTest.SECRET));
    }
}

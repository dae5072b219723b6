package dev.baton.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.channel.FakePlatform;
import dev.baton.testing.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded burst of signed WhatsApp calls on loopback from a few senders at once: 2,000 deliveries, 200 of
 * them repeats of earlier ones, and among them calls with wrong signatures. Every distinct message is answered
 * exactly once at the Graph API's stand-in; the wrongly signed ones are refused and leave nothing behind.
 */
@IntegrationTest
class WhatsappBurstTest {

    static final int CHATS = 300;
    static final int PER_CHAT = 6;
    static final int REPEATS = 200;
    static final int FORGED = 40;
    static final int SENDERS = 6;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    /** A signed call, or one signed with another secret ({@code forged}). */
    record Delivery(String body, boolean forged) {}

    @Test
    void twoThousandSignedDeliveriesWithTwoHundredRepeatsAreEachAnsweredOnceAndForgedOnesRefused() throws Exception {
        try (FakePlatform graph = FakePlatform.start().answerAlways(WhatsappWebhooks.OK);
                BatonTestServer server = BatonTestServer.start(data, WhatsappWebhooks.settings(graph))) {
            List<Delivery> originals = new ArrayList<>();
            Map<String, Integer> perChat = new HashMap<>();
            for (int round = 0; round < PER_CHAT; round++) {
                for (int c = 0; c < CHATS; c++) {
                    String chat = String.valueOf(8_613_900_000_000L + c);
                    originals.add(new Delivery(
                            WhatsappWebhooks.text("wamid.BURST." + round + "." + c, chat, Bursts.question(c + round)),
                            false));
                    perChat.merge(chat, 1, Integer::sum);
                }
            }
            Random random = new Random(7);
            List<Delivery> burst = Bursts.withRepeats(originals, REPEATS, random);
            assertThat(burst).hasSize(2_000);
            for (int i = 0; i < FORGED; i++) {
                String chat = String.valueOf(8_613_999_000_000L + i);
                burst.add(
                        random.nextInt(burst.size() + 1),
                        new Delivery(WhatsappWebhooks.text("wamid.FORGED." + i, chat, "怎么联系在线客服？"), true));
            }

            Map<Boolean, List<Integer>> statuses = send(URI.create(server.baseUrl() + "/webhooks/whatsapp"), burst);

            assertThat(statuses.get(false))
                    .as("every signed call")
                    .containsOnly(200)
                    .hasSize(2_000);
            assertThat(statuses.get(true))
                    .as("every forged call")
                    .containsOnly(401)
                    .hasSize(FORGED);
            graph.awaitCalls(originals.size());
            Map<String, Integer> repliesPerChat = new HashMap<>();
            for (FakePlatform.Call call : graph.calls()) {
                JsonNode body = JSON.readTree(call.body());
                repliesPerChat.merge(body.path("to").asText(), 1, Integer::sum);
            }
            assertThat(repliesPerChat)
                    .as("one reply per distinct message, none for a repeat or a forged call")
                    .isEqualTo(perChat);
            assertThat(WhatsappWebhooks.inbound(data, "wamid.BURST.")).isEqualTo(originals.size());
            assertThat(WhatsappWebhooks.inbound(data, "wamid.FORGED."))
                    .as("nothing stored")
                    .isZero();
            JsonNode pending = new ApiClient(server.baseUrl())
                    .request(
                            "GET",
                            "/api/v1/agent/deliveries?status=pending",
                            server.addAgent("ops", 1, true),
                            null,
                            null)
                    .json()
                    .path("deliveries");
            assertThat(pending).as("nothing left to send").isEmpty();
            assertThat(graph.calls()).as("and nothing sent twice").hasSize(originals.size());
        }
    }

    /** Posts every delivery ({@link #SENDERS} at a time); the statuses of the signed and of the forged calls. */
    private static Map<Boolean, List<Integer>> send(URI hook, List<Delivery> deliveries) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(SENDERS);
        ExecutorService client = Executors.newFixedThreadPool(SENDERS);
        // The client's own threads: senders blocked in send() must not be the ones its answers need.
        HttpClient http = HttpClient.newBuilder().executor(client).build();
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (Delivery d : deliveries) {
                String secret = d.forged() ? "not-the-app-secret" : WhatsappWebhooks.APP_SECRET;
                HttpRequest request = HttpRequest.newBuilder(hook)
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .header(WhatsappWebhooks.SIGNATURE, "sha256=" + PlatformWebhooks.hmac(secret, d.body()))
                        .POST(HttpRequest.BodyPublishers.ofString(d.body()))
                        .build();
                calls.add(pool.submit(() -> http.send(request, HttpResponse.BodyHandlers.discarding())
                        .statusCode()));
            }
            Map<Boolean, List<Integer>> statuses =
                    new HashMap<>(Map.of(false, new ArrayList<>(), true, new ArrayList<>()));
            for (int i = 0; i < calls.size(); i++) {
                statuses.get(deliveries.get(i).forged()).add(calls.get(i).get(60, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
            client.shutdownNow();
        }
    }
}

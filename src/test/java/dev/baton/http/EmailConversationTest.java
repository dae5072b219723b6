package dev.baton.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.channel.generic.GenericSignature;
import dev.baton.http.ApiClient.Reply;
import dev.baton.testing.IntegrationTest;
import dev.baton.testing.Poll;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A conversation a user starts by mail, against a real mail server: answered by mail under the user's subject,
 * handed off at once when they ask for a person, with the day's first-response deadline of mail; and the same
 * by a relay posting raw mail to the signed webhook.
 */
@IntegrationTest
class EmailConversationTest {

    static final String RELAY_SECRET = "relay-secret-0123456789";

    @TempDir
    Path data;

    MailDesk desk;
    BatonTestServer server;
    ApiClient api;
    String ann;

    @BeforeEach
    void start() {
        desk = new MailDesk();
        Map<String, String> settings = new HashMap<>(desk.settings());
        settings.put("BATON_EMAIL_WEBHOOK_SECRET", RELAY_SECRET);
        server = BatonTestServer.start(data, settings);
        api = new ApiClient(server.baseUrl());
        ann = server.addAgent("ann", 1, false);
    }

    @AfterEach
    void stop() {
        server.close();
        desk.close();
    }

    @Test
    void aFreshMailIsAnsweredByMailAndAHandoffFromItIsDueInADay() throws Exception {
        desk.send(desk.fresh("wu@example.com", "怎么联系在线客服？", "请问你们的在线客服怎么找？", "<fresh-1@example.com>"));

        MimeMessage answer = desk.mailsTo("wu@example.com", 1).get(0);
        assertThat(answer.getSubject()).startsWith("Re: 怎么联系在线客服？").contains("[#T-");
        assertThat(answer.getHeader("In-Reply-To")).containsExactly("<fresh-1@example.com>");
        assertThat(answer.getHeader("Auto-Submitted")).containsExactly("auto-replied");
        assertThat(MailDesk.text(answer)).contains("客服");

        desk.answer("wu@example.com", answer, "我要人工客服", "fresh-2");
        JsonNode ticket = Poll.until("the mailed request for a person queued", MailDesk.WAIT, () -> {
            for (JsonNode t : api.request("GET", "/api/v1/agent/queue", ann, null, null)
                    .json()
                    .path("tickets")) {
                JsonNode detail = api.request(
                                "GET", "/api/v1/agent/tickets/" + t.path("id").asText(), ann, null, null)
                        .json();
                if (detail.path("channel").asText().equals("email")) {
                    return detail;
                }
            }
            return null;
        });
        assertThat(Duration.between(
                        Instant.parse(ticket.path("createdAt").asText()),
                        Instant.parse(ticket.path("firstResponseDue").asText())))
                .isEqualTo(Duration.ofHours(24));
    }

    @Test
    void aRelayPostsMailToTheSignedWebhookAndAWrongSignatureStoresNothing() throws Exception {
        MimeMessage question = desk.fresh("zhao@example.com", "提币一直没到账", "提币三个小时了还没到，怎么办？", "<relay-1@example.com>");
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        question.writeTo(raw);
        String body = raw.toString(StandardCharsets.UTF_8);

        Reply forged = relay(body, "another-secret-0123456789");
        Reply signed = relay(body, RELAY_SECRET);
        Reply again = relay(body, RELAY_SECRET);
        Reply empty = relay("", RELAY_SECRET);

        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.json().path("error").path("code").asText()).isEqualTo("invalid_signature");
        assertThat(signed.status()).isEqualTo(200);
        assertThat(again.status()).as("a relay's retry").isEqualTo(200);
        assertThat(empty.status()).isEqualTo(400);
        MimeMessage answer = desk.mailsTo("zhao@example.com", 1).get(0);
        assertThat(answer.getSubject()).contains("提币一直没到账");
        assertThat(desk.mailsTo("zhao@example.com", 1))
                .as("the retry was answered once")
                .hasSize(1);
    }

    @Test
    void aPhraseMailedInTheSubjectAndTheBodyIsRedactedWhereverItGoes() throws Exception {
        String phrase = "abandon ability able about above absent absorb abstract absurd abuse access accident";
        desk.send(desk.fresh("sun@example.com", "助记词 " + phrase, "我的助记词是 " + phrase + " 帮我看看", "<leak-1@example.com>"));

        MimeMessage answer = desk.mailsTo("sun@example.com", 1).get(0);
        assertThat(answer.getSubject()).doesNotContain("absurd");
        assertThat(MailDesk.text(answer)).doesNotContain("absurd");
        JsonNode ticket = Poll.until("the exposed secret handed off", MailDesk.WAIT, () -> {
            for (JsonNode t : api.request("GET", "/api/v1/agent/queue", ann, null, null)
                    .json()
                    .path("tickets")) {
                return t;
            }
            return null;
        });
        String transcript = api.request(
                        "GET", "/api/v1/agent/tickets/" + ticket.path("id").asText() + "/transcript", ann, null, null)
                .body();
        assertThat(transcript).doesNotContain("absurd").doesNotContain("abandon ability");
        assertThat(ticket.path("priority").asText()).isEqualTo("urgent");
    }

    private Reply relay(String body, String secret) {
        return api.requestWithHeaders(
                "POST",
                "/webhooks/email",
                "message/rfc822",
                body,
                Map.of(
                        GenericSignature.HEADER,
                        GenericSignature.sign(secret, Instant.now().getEpochSecond(), body)));
    }
}

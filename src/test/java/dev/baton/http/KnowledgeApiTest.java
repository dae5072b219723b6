package dev.baton.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.http.ApiClient.Chat;
import dev.baton.http.ApiClient.Reply;
import dev.baton.testing.IntegrationTest;
import dev.baton.testing.Poll;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The knowledge editor over HTTP on one server: who may use it, editing with the loader's checks, "try it",
 * a publish the gate passes (and the next turn's new answer), a rollback, a publish the gate refuses, export
 * and import.
 */
@IntegrationTest
class KnowledgeApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String K = "/api/v1/knowledge";
    static final String NEW_ANSWER = "Write to us from the app: Me > Help. We answer within a day.";

    @TempDir
    static Path data;

    static BatonTestServer server;
    static ApiClient api;
    static String editor;
    static String agent;

    @BeforeAll
    static void start() {
        // Waiting for a publish polls its status: a busy machine trains slowly, and the polls must not use up the
        // address's request budget.
        server = BatonTestServer.start(data, Map.of("BATON_IP_REQUESTS_PER_MINUTE", "100000"));
        // "Try it" trains the draft on demand: seconds on a quiet machine, more on a busy one.
        api = new ApiClient(server.baseUrl(), Duration.ofMinutes(3));
        editor = server.addEditor("erin");
        agent = server.addAgent("ann", 1, false);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void onlyEditorsMayReadOrChangeTheKnowledge() {
        assertThat(api.request("GET", K + "/entries", null, null, null).status())
                .isEqualTo(401);
        Reply refused = api.request("GET", K + "/entries", agent, null, null);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().at("/error/code").asText()).isEqualTo("editor_only");
        assertThat(api.request("GET", "/api/v1/agent/me", editor, null, null)
                        .json()
                        .get("editor")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void anEditIsCheckedLikeTheRepositorysFilesAndAStaleRevisionIsRefused() {
        Reply page = api.request("GET", K + "/entries/service-hours", editor, null, null);
        long revision = page.json().get("revision").asLong();
        ObjectNode entry = (ObjectNode) page.json().get("entry");
        ObjectNode tooFew = entry.deepCopy();
        ((ObjectNode) tooFew.get("examples")).set("en", JSON.createArrayNode().add("when are you open"));

        Reply invalid = put("service-hours", revision, tooFew);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().at("/error/code").asText()).isEqualTo("invalid_entry");
        assertThat(invalid.json().at("/error/message").asText()).contains("at least 20 examples");

        Reply stale = put("service-hours", revision + 5, entry);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().at("/error/code").asText()).isEqualTo("stale_draft");
    }

    @Test
    void aPublishThatPassesTheGateAnswersTheNextTurnAndARollbackRestoresTheOldAnswer() {
        String question = "how can I contact support?";
        Chat chat = api.open();
        String before = reply(chat, question);
        assertThat(before).doesNotContain(NEW_ANSWER);

        long revision = editAnswer("contact-channels", NEW_ANSWER);
        JsonNode tried = post(K + "/try", "{\"text\":\"" + question + "\"}").json();
        assertThat(tried.at("/draft/reply").asText()).isEqualTo(NEW_ANSWER);
        assertThat(tried.at("/live/reply").asText()).isEqualTo(before);

        JsonNode published = publish(revision, "clearer contact answer");
        assertThat(published.get("state").asText()).isEqualTo("published");
        assertThat(published.at("/gate/passed").asBoolean()).isTrue();
        assertThat(published.at("/gate/sets/0/name").asText()).isEqualTo("dev");
        long version = published.get("version").asLong();
        assertThat(reply(chat, question)).isEqualTo(NEW_ANSWER);
        assertThat(get(K + "/live").get("version").asLong()).isEqualTo(version);

        JsonNode detail = get(K + "/versions/" + version).get("version");
        assertThat(detail.at("/changes/0/entry").asText()).isEqualTo("contact-channels");
        assertThat(detail.at("/changes/0/fields").toString()).contains("answer.en");

        long previous =
                get(K + "/versions").get("versions").get(1).get("number").asLong();
        assertThat(post(K + "/versions/" + previous + "/rollback", "{}").status())
                .isEqualTo(200);
        assertThat(reply(api.open(), question)).isEqualTo(before);
        assertThat(get(K + "/draft").get("changes")).isEmpty();
    }

    @Test
    void aPublishThatWouldSendMoneyAtRiskToAnFaqIsRefusedAndTheLiveModelIsUntouched() {
        long live = get(K + "/live").get("version").asLong();
        JsonNode urgent = get(K + "/entries/unauthorized-transfer").get("entry");
        long revision = get(K + "/draft").get("revision").asLong();
        ObjectNode faq = (ObjectNode) get(K + "/entries/contact-channels").get("entry");
        for (String language : new String[] {"zh", "en"}) {
            ArrayNode examples = (ArrayNode) faq.get("examples").get(language);
            urgent.get("examples").get(language).forEach(examples::add);
        }
        revision = put("contact-channels", revision, faq).json().get("revision").asLong();
        ObjectNode emptied = urgent.deepCopy();
        ((ObjectNode) emptied.get("examples")).set("zh", JSON.createArrayNode().add("资产被盗"));
        ((ObjectNode) emptied.get("examples")).set("en", JSON.createArrayNode().add("my funds were stolen"));
        revision = put("unauthorized-transfer", revision, emptied)
                .json()
                .get("revision")
                .asLong();

        JsonNode refused = publish(revision, "merge theft into contact");
        assertThat(refused.get("state").asText()).isEqualTo("refused");
        assertThat(refused.at("/gate/passed").asBoolean()).isFalse();
        assertThat(refused.at("/gate/reasons").toString()).contains("urgent recall");
        assertThat(get(K + "/live").get("version").asLong()).isEqualTo(live);
        assertThat(post(K + "/draft/discard", "{}").json().get("changes")).isEmpty();
    }

    @Test
    void aVersionExportsAsTheCorpusFolderAndImportsBackAsTheDraft() {
        long live = get(K + "/live").get("version").asLong();
        Reply zip = api.request("GET", K + "/versions/" + live + "/export", editor, null, null);
        assertThat(zip.status()).isEqualTo(200);
        assertThat(zip.raw().headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/zip"));

        Reply nothing =
                post(K + "/publish", "{\"revision\":" + get(K + "/draft").get("revision") + "}");
        assertThat(nothing.status()).isEqualTo(409);
        assertThat(nothing.json().at("/error/code").asText()).isEqualTo("nothing_to_publish");

        Reply bad = api.request("POST", K + "/import", editor, "application/zip", "not a zip");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().at("/error/code").asText()).isEqualTo("invalid_corpus");
    }

    @Test
    void aQuestionBatonAskedBackOnBecomesASuggestionThenAnExampleInTheDraft() {
        Chat chat = api.open();
        Reply unclear = api.send(chat, "关于客服的事");
        assertThat(unclear.json().at("/decision/action").asText()).isEqualTo("clarify");

        JsonNode message = Poll.until("the question among the suggestions", Duration.ofSeconds(30), () -> {
            for (JsonNode group : get(K + "/suggestions").get("groups")) {
                for (JsonNode m : group.get("messages")) {
                    if (m.get("text").asText().equals("关于客服的事")) {
                        return m;
                    }
                }
            }
            return null;
        });
        assertThat(message.get("decision").asText()).isEqualTo("clarify");
        long revision = get(K + "/draft").get("revision").asLong();

        Reply accepted = post(
                K + "/suggestions/accept",
                "{\"messageIds\":[" + message.get("id") + "],\"entryId\":\"contact-channels\",\"revision\":" + revision
                        + "}");

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(get(K + "/entries/contact-channels").at("/entry/examples/zh").toString())
                .contains("关于客服的事");
        assertThat(get(K + "/suggestions").toString()).doesNotContain("关于客服的事");
        assertThat(post(K + "/draft/discard", "{}").json().get("changes")).isEmpty();
    }

    // --- helpers

    private static long editAnswer(String id, String english) {
        Reply page = api.request("GET", K + "/entries/" + id, editor, null, null);
        ObjectNode entry = (ObjectNode) page.json().get("entry");
        ((ObjectNode) entry.get("answer")).put("en", english);
        Reply saved = put(id, page.json().get("revision").asLong(), entry);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        return saved.json().get("revision").asLong();
    }

    private static JsonNode publish(long revision, String note) {
        Reply started = post(K + "/publish", "{\"revision\":" + revision + ",\"note\":\"" + note + "\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        long id = started.json().at("/publish/id").asLong();
        return Poll.until("publish " + id, Duration.ofMinutes(3), () -> {
            JsonNode p = get(K + "/publishes/" + id).get("publish");
            return p.get("finishedAt").isNull() ? null : p;
        });
    }

    private static String reply(Chat chat, String text) {
        Reply turn = api.send(chat, text);
        assertThat(turn.status()).as(turn.body()).isEqualTo(200);
        return turn.json().at("/reply/text").asText();
    }

    static Reply put(String id, long revision, JsonNode entry) {
        ObjectNode body = JSON.createObjectNode().put("revision", revision);
        body.set("entry", entry);
        return api.request("PUT", K + "/entries/" + id, editor, "application/json", body.toString());
    }

    static Reply post(String path, String json) {
        return api.request("POST", path, editor, "application/json", json);
    }

    static JsonNode get(String path) {
        Reply reply = api.request("GET", path, editor, null, null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }
}

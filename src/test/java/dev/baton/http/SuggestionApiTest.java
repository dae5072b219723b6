package dev.baton.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.baton.agent.AgentAccounts;
import dev.baton.agent.AgentDesk;
import dev.baton.agent.Right;
import dev.baton.config.HttpConfig;
import dev.baton.config.LimitsConfig;
import dev.baton.conversation.LocalConversationEvents;
import dev.baton.http.ApiClient.Reply;
import dev.baton.learning.AcceptedExample;
import dev.baton.learning.CapturedMessage;
import dev.baton.learning.ExampleSink;
import dev.baton.learning.LearningFixture;
import dev.baton.learning.MessageGrouping;
import dev.baton.learning.MessageGrouping.Background;
import dev.baton.learning.Suggestions;
import dev.baton.nlu.HashingSentenceEncoder;
import dev.baton.nlu.IcuTextNormalizer;
import dev.baton.nlu.LuceneTokenizer;
import dev.baton.nlu.ScriptLanguageDetector;
import dev.baton.store.jdbc.JdbcAgentStore;
import dev.baton.testing.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The suggestion endpoints on a real server, for agents with the editor right, with a fake draft. */
@IntegrationTest
class SuggestionApiTest {

    private static final String PATH = "/api/v1/knowledge/suggestions";

    /** Takes examples at revision 12 and refuses any other as a stale draft. */
    private final List<String> taken = new ArrayList<>();

    private final ExampleSink draft = new ExampleSink() {
        @Override
        public int accept(long revision, String entryId, List<AcceptedExample> examples, String agentId) {
            if (revision != 12) {
                throw new ApiException(409, "stale_draft", "the draft moved on; reload");
            }
            examples.forEach(e -> taken.add(entryId + "/" + e.language() + ": " + e.text() + " by " + agentId));
            return 13;
        }
    };

    private LearningFixture fixture;
    private BatonServer server;
    private ApiClient api;
    private String editorId;
    private String editorToken;
    private String agentToken;

    @BeforeEach
    void start() {
        fixture = new LearningFixture();
        Suggestions suggestions = new Suggestions(
                fixture.store,
                new MessageGrouping(
                        new IcuTextNormalizer(new ScriptLanguageDetector()),
                        new LuceneTokenizer(),
                        new HashingSentenceEncoder(),
                        Map.of("han", new Background(0.2, 0.1), "latin", new Background(0.2, 0.1)),
                        MessageGrouping.THRESHOLD),
                fixture.conversations,
                fixture.tickets,
                "contact-channels"::equals,
                fixture.clock);
        AgentAccounts accounts = new AgentAccounts(new JdbcAgentStore(fixture.database), fixture.clock);
        AgentAccounts.Issued editor = accounts.add("ed", 1, Set.of(Right.EDITOR));
        editorId = editor.agent().id();
        editorToken = editor.token();
        agentToken = accounts.add("ag", 1, Set.of()).token();
        // Only the agents' accounts are used: the suggestions check the editor right as the knowledge editor does.
        AgentDesk agents = new AgentDesk(
                accounts, null, fixture.tickets, fixture.conversations, null, () -> null, null, 3, fixture.clock);
        BatonServer.Parts parts = new BatonServer.Parts(
                null,
                new LocalConversationEvents(),
                agents,
                null,
                Map.of(),
                null,
                null,
                null,
                fixture.clock,
                new BatonServer.Admin(null, "admin-token"),
                null,
                new BatonServer.Learning(suggestions, draft),
                null,
                BatonServer.Metrics.OFF);
        LimitsConfig limits =
                new LimitsConfig(262_144, 30, 100_000, Duration.ofSeconds(10), 60, 20, 5, 5, Duration.ofHours(1));
        server = BatonServer.start(
                new HttpConfig("127.0.0.1", 0, List.of()), limits, parts, () -> true, Ticker.systemTicker());
        api = new ApiClient("http://127.0.0.1:" + server.port());
    }

    @AfterEach
    void stop() {
        server.close();
        fixture.close();
    }

    private Reply get(String query, String token) {
        return api.request("GET", PATH + query, token, null, null);
    }

    private Reply post(String action, String token, String json) {
        return api.request("POST", PATH + "/" + action, token, "application/json", json);
    }

    private long idOf(String text) {
        return fixture.store.open(100).stream()
                .filter(m -> m.text().equals(text))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void onlyEditorsSeeTheGroupsInTheContractsShape() {
        fixture.unclear("c1", "support email please", "en", "contact-channels");
        fixture.unclear("c2", "support email where", "en", "contact-channels");

        assertThat(get("", null).json().at("/error/code").asText()).isEqualTo("unauthorized");
        Reply refused = get("", agentToken);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().at("/error/code").asText()).isEqualTo("editor_only");

        Reply listed = get("?limit=5", editorToken);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        JsonNode group = listed.json().at("/groups/0");
        assertThat(group.get("id").asText()).startsWith("g-");
        assertThat(group.get("size").asInt()).isEqualTo(2);
        assertThat(group.get("lastAt").asText())
                .isEqualTo(LearningFixture.T0.plusSeconds(120).toString());
        assertThat(group.get("terms").toString()).contains("support", "email");
        assertThat(group.get("suggestedEntry").asText()).isEqualTo("contact-channels");
        JsonNode message = group.at("/messages/0");
        assertThat(message.get("id").asLong()).isEqualTo(idOf("support email where"));
        assertThat(message.get("text").asText()).isEqualTo("support email where");
        assertThat(message.get("language").asText()).isEqualTo("en");
        assertThat(message.get("at").asText())
                .isEqualTo(LearningFixture.T0.plusSeconds(120).toString());
        assertThat(message.get("decision").asText()).isEqualTo("clarify");
        assertThat(message.get("intent").asText()).isEqualTo("contact-channels");
        assertThat(message.get("confidence").asDouble()).isEqualTo(0.3);
        assertThat(message.get("conversationId").asText()).isEqualTo("c2");
        assertThat(message.has("agentReply")).isTrue();
        assertThat(message.get("agentReply").isNull()).isTrue();

        for (String bad : List.of("?limit=0", "?limit=many", "?limit=101")) {
            Reply reply = get(bad, editorToken);
            assertThat(reply.status()).as(bad).isEqualTo(400);
            assertThat(reply.json().at("/error/code").asText()).isEqualTo("invalid_request");
        }
    }

    @Test
    void acceptedMessagesGoToTheDraftInTheirLanguageAndLeaveTheList() {
        fixture.unclear("c1", "客服邮箱多少", "zh-Hans", "contact-channels");
        fixture.unclear("c2", "support email?", "en", "contact-channels");
        String ids = idOf("客服邮箱多少") + ", " + idOf("support email?");

        Reply accepted = post(
                "accept",
                editorToken,
                "{\"messageIds\": [" + ids + "], \"entryId\": \"contact-channels\", \"revision\": 12}");

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().toString()).isEqualTo("{\"revision\":13,\"accepted\":2}");
        assertThat(taken)
                .containsExactly(
                        "contact-channels/zh: 客服邮箱多少 by " + editorId,
                        "contact-channels/en: support email? by " + editorId);
        assertThat(get("", editorToken).json().get("groups")).isEmpty();
    }

    @Test
    void refusalsAreClearAndLeaveTheMessagesOpen() {
        fixture.unclear("c1", "support email?", "en", "contact-channels");
        fixture.unclear("c2", "staking?", "en", "out-of-scope");
        long email = idOf("support email?");
        long staking = idOf("staking?");
        assertThat(post("dismiss", editorToken, "{\"messageIds\": [" + staking + "]}")
                        .json()
                        .toString())
                .isEqualTo("{\"dismissed\":1}");

        assertError(post("accept", editorToken, accept(email + ", 999999", 12)), 404, "unknown_message");
        assertError(post("accept", editorToken, accept(email + ", " + staking, 12)), 409, "message_handled");
        assertError(post("accept", editorToken, accept(String.valueOf(email), 11)), 409, "stale_draft");
        assertError(post("accept", editorToken, accept("", 12)), 400, "invalid_request");
        assertError(post("accept", editorToken, "{\"messageIds\": [" + email + "]}"), 400, "invalid_request");
        assertError(post("accept", editorToken, "{\"messageIds\": [\"x\"]"), 400, "malformed_json");
        assertError(post("accept", agentToken, accept(String.valueOf(email), 12)), 403, "editor_only");
        assertError(post("dismiss", editorToken, "{}"), 400, "invalid_request");

        assertThat(taken).isEmpty();
        assertThat(fixture.store.open(10)).extracting(CapturedMessage::id).containsExactly(email);
    }

    private static String accept(String ids, long revision) {
        return "{\"messageIds\": [" + ids + "], \"entryId\": \"contact-channels\", \"revision\": " + revision + "}";
    }

    private static void assertError(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.json().at("/error/code").asText()).as(reply.body()).isEqualTo(code);
    }
}

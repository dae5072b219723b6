package dev.baton.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.http.ApiClient.Reply;
import dev.baton.testing.IntegrationTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/agent/audit} end to end: what supervisors read, how they filter and page, who is refused. */
@IntegrationTest
class AuditApiTest extends AgentApiFixture {

    private static final String REPLY = "please send me the transaction hash";

    /** ann claims, replies to and resolves a ticket of its own; returns the ticket's id. */
    private static String handledByAnn() {
        String ticket = handedOff(api.open());
        assertThat(post("/tickets/" + ticket + "/claim", ann, null).status()).isEqualTo(200);
        assertThat(post("/tickets/" + ticket + "/messages", ann, "{\"text\":\"" + REPLY + "\"}")
                        .status())
                .isEqualTo(201);
        assertThat(post("/tickets/" + ticket + "/resolve", ann, null).status()).isEqualTo(200);
        return ticket;
    }

    private static List<String> actions(Reply page) {
        List<String> actions = new ArrayList<>();
        page.json().path("entries").forEach(e -> actions.add(e.path("action").asText()));
        return actions;
    }

    private static Reply audit(String query, String token) {
        return get("/audit" + query, token);
    }

    @Test
    void aSupervisorReadsWhatAgentsDidNewestFirstWithTheirNames() {
        Instant before = Instant.now();
        String ticket = handledByAnn();

        Reply page = audit("?ticket=" + ticket, boss);

        assertThat(page.status()).isEqualTo(200);
        assertThat(actions(page)).containsExactly("resolve", "reply", "claim");
        JsonNode claim = page.json().path("entries").get(2);
        assertThat(claim.path("agentName").asText()).isEqualTo("ann");
        assertThat(claim.path("agentId").asText()).isNotBlank().isNotEqualTo("ann");
        assertThat(claim.path("ticketId").asText()).isEqualTo(ticket);
        assertThat(claim.path("conversationId").asText()).isNotBlank();
        assertThat(claim.path("detail").asText()).isEqualTo("was queued");
        assertThat(Instant.parse(claim.path("at").asText())).isAfterOrEqualTo(before.minusSeconds(1));
        assertThat(page.json().path("next").isNull()).isTrue();
        assertThat(page.body()).as("no user's or agent's text").doesNotContain(REPLY);
    }

    @Test
    void filtersByAgentNameOrIdActionAndTimeTogether() {
        String ticket = handledByAnn();
        String annId = audit("?ticket=" + ticket, boss)
                .json()
                .path("entries")
                .get(0)
                .path("agentId")
                .asText();
        assertThat(post("/tickets/" + handedOff(api.open()) + "/claim", bob, null)
                        .status())
                .isEqualTo(200);

        assertThat(actions(audit("?agent=ann&action=claim&ticket=" + ticket, boss)))
                .containsExactly("claim");
        assertThat(actions(audit("?agent=" + annId + "&ticket=" + ticket, boss)))
                .containsExactly("resolve", "reply", "claim");
        assertThat(actions(audit("?agent=bob&ticket=" + ticket, boss))).isEmpty();
        assertThat(audit("?agent=bob&action=claim", boss)
                        .json()
                        .path("entries")
                        .get(0)
                        .path("agentName")
                        .asText())
                .isEqualTo("bob");
        String future = URLEncoder.encode(Instant.now().plusSeconds(3600).toString(), StandardCharsets.UTF_8);
        assertThat(actions(audit("?from=" + future, boss))).isEmpty();
        assertThat(actions(audit("?to=" + future + "&ticket=" + ticket, boss))).hasSize(3);
    }

    @Test
    void pagesFollowTheNextCursorUntilItIsNull() {
        String ticket = handledByAnn();

        Reply first = audit("?ticket=" + ticket + "&limit=2", boss);
        long next = first.json().path("next").asLong();
        Reply second = audit("?ticket=" + ticket + "&limit=2&before=" + next, boss);

        assertThat(actions(first)).containsExactly("resolve", "reply");
        assertThat(next)
                .isEqualTo(first.json().path("entries").get(1).path("id").asLong());
        assertThat(actions(second)).containsExactly("claim");
        assertThat(second.json().path("next").isNull()).isTrue();
    }

    @Test
    void onlySupervisorsMayReadIt() {
        Reply agent = audit("", ann);
        Reply nobody = audit("", null);

        assertThat(agent.status()).isEqualTo(403);
        assertThat(agent.json().path("error").path("code").asText()).isEqualTo("supervisor_only");
        assertThat(nobody.status()).isEqualTo(401);
        assertThat(nobody.json().path("error").path("code").asText()).isEqualTo("unauthorized");
    }

    @Test
    void aFilterItCannotReadIsRefusedWithOneLine() {
        for (String query : List.of(
                "?from=yesterday",
                "?to=2025-13-01T00:00:00Z",
                "?from=2025-03-02T00:00:00Z&to=2025-03-01T00:00:00Z",
                "?limit=0",
                "?limit=501",
                "?limit=ten",
                "?before=0",
                "?action=delete",
                "?agent=" + "a".repeat(101))) {
            Reply refused = audit(query, boss);
            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.json().path("error").path("code").asText())
                    .as(query)
                    .isEqualTo("invalid_filter");
            assertThat(refused.json().path("error").path("message").asText())
                    .as(query)
                    .isNotBlank()
                    .doesNotContain("\n");
        }
        assertThat(audit("?limit=500&action=knowledge.publish", boss).status()).isEqualTo(200);
    }
}

package dev.baton.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.http.ApiClient.Chat;
import dev.baton.http.ApiClient.Reply;
import dev.baton.http.StreamTest.Listener;
import dev.baton.testing.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The agent API end to end on a real server: who may do what, and what is refused how. */
@IntegrationTest
class AgentApiAccessTest extends AgentApiFixture {

    @Test
    void everyAgentEndpointRefusesMissingWrongConversationAndRevokedTokens() {
        Chat chat = api.open();
        String ticket = handedOff(chat);
        String revoked = server.addAgent("gone", 1, false);
        server.revokeAgent("gone");
        List<String> refused = new ArrayList<>();
        for (String token : new String[] {null, "agt_nobody.secret", ann + "x", chat.token(), revoked}) {
            for (Reply r : List.of(
                    get("/me", token),
                    get("/queue", token),
                    get("/tickets/" + ticket, token),
                    post("/tickets/" + ticket + "/claim", token, null),
                    post("/tickets/" + ticket + "/messages", token, "{\"text\":\"hi\"}"),
                    get("/tickets/" + ticket + "/transcript", token))) {
                assertThat(r.status())
                        .as(r.raw().request().uri() + " with " + token)
                        .isEqualTo(401);
                assertThat(r.json().path("error").path("code").asText()).isEqualTo("unauthorized");
                refused.add(r.raw().request().uri().getPath());
            }
        }
        assertThat(refused).hasSize(30);
        assertThat(get("/tickets/" + ticket, ann).json().path("status").asText())
                .as("nothing was claimed")
                .isEqualTo("queued");
    }

    @Test
    void aRevokedAgentsOpenSocketIsClosed() throws Exception {
        String token = server.addAgent("leaver", 1, true);
        Listener listener = new Listener();
        agentStream(token, listener);
        Chat chat = api.open();
        handedOff(chat);
        assertThat(nextOfType(listener, "ticket")).isNotNull();
        long revoked = System.nanoTime();

        server.revokeAgent("leaver");

        int status = listener.closed.get(60, java.util.concurrent.TimeUnit.SECONDS);
        System.out.printf(
                "a revoked agent's socket closed %d ms after the revocation%n",
                (System.nanoTime() - revoked) / 1_000_000);
        assertThat(status).isEqualTo(4401);
    }

    @Test
    void anotherAgentsTicketIsClosedToAllButSupervisors() {
        Chat chat = api.open();
        String ticket = handedOff(chat);
        assertThat(post("/tickets/" + ticket + "/claim", ann, null).status()).isEqualTo(200);

        for (Reply r : List.of(
                get("/tickets/" + ticket, bob),
                get("/tickets/" + ticket + "/transcript", bob),
                post("/tickets/" + ticket + "/messages", bob, "{\"text\":\"hi\"}"),
                post("/tickets/" + ticket + "/notes", bob, "{\"text\":\"hi\"}"),
                post("/tickets/" + ticket + "/resolve", bob, null),
                post("/tickets/" + ticket + "/escalate", bob, "{\"note\":\"x\"}"))) {
            assertThat(r.status()).as(r.raw().request().uri().getPath()).isEqualTo(403);
            assertThat(r.json().path("error").path("code").asText()).isEqualTo("forbidden");
        }
        assertThat(get("/queue", bob).json().path("tickets").findValuesAsText("id"))
                .doesNotContain(ticket);
        assertThat(get("/tickets/" + ticket, boss).status()).isEqualTo(200);
        assertThat(get("/tickets/" + ticket + "/transcript", boss).status()).isEqualTo(200);
    }

    @Test
    void forbiddenTransitionsAreRefusedWithAConflict() {
        Chat chat = api.open();
        String ticket = handedOff(chat);

        Reply resolveUnclaimed = post("/tickets/" + ticket + "/resolve", ann, null);
        assertThat(resolveUnclaimed.status()).isEqualTo(409);
        assertThat(resolveUnclaimed.json().path("error").path("code").asText()).isEqualTo("invalid_transition");

        post("/tickets/" + ticket + "/claim", ann, null);
        assertThat(post("/tickets/" + ticket + "/claim", ann, null).status())
                .as("claim twice")
                .isEqualTo(409);
        assertThat(post("/tickets/" + ticket + "/resolve", ann, null).status()).isEqualTo(200);
        Reply claimResolved = post("/tickets/" + ticket + "/claim", bob, null);
        assertThat(claimResolved.status()).isEqualTo(409);
        assertThat(claimResolved.json().path("error").path("code").asText()).isEqualTo("invalid_transition");
        assertThat(post("/tickets/" + ticket + "/messages", ann, "{\"text\":\"still there?\"}")
                        .status())
                .as("write on a resolved ticket")
                .isEqualTo(409);
    }

    @Test
    void badRequestsGetClearErrorsAndChangeNothing() {
        Chat chat = api.open();
        String ticket = handedOff(chat);
        post("/tickets/" + ticket + "/claim", ann, null);

        assertThat(post("/tickets/" + ticket + "/messages", ann, "{\"text\":\"\"}")
                        .json()
                        .path("error")
                        .path("code")
                        .asText())
                .isEqualTo("invalid_request");
        assertThat(post("/tickets/" + ticket + "/messages", ann, "{not json").status())
                .isEqualTo(400);
        assertThat(post("/tickets/" + ticket + "/escalate", ann, "{}").status())
                .as("an escalation needs a note")
                .isEqualTo(400);
        assertThat(get("/tickets/t_00000000000000000000", ann).status()).isEqualTo(404);
        assertThat(get("/queue?status=lost", ann).status()).isEqualTo(400);
        assertThat(get("/queue?tier=3", ann).status()).isEqualTo(400);
        assertThat(get("/queue?limit=abc", ann).status()).isEqualTo(400);
        assertThat(api.transcript(chat, 0).json().path("messages").size())
                .as("nothing was added")
                .isEqualTo(6 + 1);
    }

    @Test
    void theAgentStreamRefusesABadToken() throws Exception {
        Listener listener = new Listener();
        agentStream("agt_x.y", listener);
        assertThat(listener.closed.get(60, TimeUnit.SECONDS)).isEqualTo(4401);
    }
}

package dev.baton.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.http.ApiClient.Reply;
import dev.baton.testing.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loopback admin path that {@code baton agent} uses beside a server on the embedded store. */
@IntegrationTest
class AdminApiTest {

    private static final String AGENTS = "/api/v1/admin/agents";

    @TempDir
    Path data;

    @Test
    void theServerWritesItsAdminFileForTheOwnerOnlyAndDeletesItOnStop() throws Exception {
        AdminFile file;
        try (BatonTestServer server = BatonTestServer.start(data)) {
            file = AdminFile.read(data).orElseThrow();
            assertThat(file.port()).isEqualTo(server.port());
            assertThat(file.host()).isEqualTo("127.0.0.1");
            if (Files.getFileAttributeView(data.resolve(AdminFile.NAME), PosixFileAttributeView.class) != null) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(AdminFile.NAME))))
                        .isEqualTo("rw-------");
            }
        }
        assertThat(data.resolve(AdminFile.NAME)).doesNotExist();
    }

    @Test
    void agentsAreAddedListedAndRevokedWithTheFilesToken() {
        try (BatonTestServer server = BatonTestServer.start(data)) {
            ApiClient api = new ApiClient(server.baseUrl());
            String token = AdminFile.read(data).orElseThrow().token();

            Reply added = api.request(
                    "POST", AGENTS, token, "application/json", "{\"name\":\"carol\",\"tier\":2,\"supervisor\":true}");
            assertThat(added.status()).as(added.body()).isEqualTo(201);
            assertThat(added.json().at("/agent/name").asText()).isEqualTo("carol");
            String agentToken = added.json().get("token").asText();
            assertThat(api.request("GET", "/api/v1/agent/me", agentToken, null, null)
                            .status())
                    .isEqualTo(200);

            Reply again = api.request("POST", AGENTS, token, "application/json", "{\"name\":\"carol\"}");
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.json().at("/error/code").asText()).isEqualTo("agent_exists");
            Reply badName = api.request("POST", AGENTS, token, "application/json", "{\"name\":\"a b\"}");
            assertThat(badName.json().at("/error/code").asText()).isEqualTo("invalid_agent");

            Reply granted = api.request("PUT", AGENTS + "/carol/rights/editor", token, null, null);
            assertThat(granted.status()).as(granted.body()).isEqualTo(200);
            assertThat(granted.json().get("editor").asBoolean()).isTrue();
            assertThat(granted.json().get("supervisor").asBoolean()).isTrue();
            Reply withdrawn = api.request("DELETE", AGENTS + "/carol/rights/supervisor", token, null, null);
            assertThat(withdrawn.json().get("supervisor").asBoolean()).isFalse();
            Reply badRight = api.request("PUT", AGENTS + "/carol/rights/owner", token, null, null);
            assertThat(badRight.status()).isEqualTo(400);
            assertThat(badRight.json().at("/error/code").asText()).isEqualTo("invalid_right");
            assertThat(api.request("PUT", AGENTS + "/nobody/rights/editor", token, null, null)
                            .status())
                    .isEqualTo(404);

            assertThat(api.request("POST", AGENTS + "/carol/revoke", token, null, null)
                            .json()
                            .get("revokedAt")
                            .isNull())
                    .isFalse();
            assertThat(api.request("POST", AGENTS + "/nobody/revoke", token, null, null)
                            .json()
                            .at("/error/code")
                            .asText())
                    .isEqualTo("agent_not_found");
            Reply list = api.request("GET", AGENTS, token, null, null);
            assertThat(list.json().at("/agents/0/name").asText()).isEqualTo("carol");
            assertThat(api.request("GET", "/api/v1/agent/me", agentToken, null, null)
                            .status())
                    .isEqualTo(401);
        }
    }

    @Test
    void aWrongOrMissingTokenIsUnauthorizedAndAProxiedCallForbidden() {
        try (BatonTestServer server = BatonTestServer.start(data)) {
            ApiClient api = new ApiClient(server.baseUrl());
            String token = AdminFile.read(data).orElseThrow().token();

            for (String wrong : new String[] {null, "adm_wrong", token + "x", token.substring(0, token.length() - 1)}) {
                Reply refused = api.request("GET", AGENTS, wrong, null, null);
                assertThat(refused.status()).isEqualTo(401);
                assertThat(refused.json().at("/error/code").asText()).isEqualTo("unauthorized");
            }
            Reply proxied = api.requestWithHeaders(
                    "GET",
                    AGENTS,
                    null,
                    null,
                    Map.of("X-Forwarded-For", "203.0.113.9", "Authorization", "Bearer " + token));
            assertThat(proxied.status()).isEqualTo(403);
            assertThat(proxied.json().at("/error/code").asText()).isEqualTo("forbidden");
            assertThat(api.request("GET", "/api/v1/admin/anything", null, null, null)
                            .status())
                    .as("unknown admin paths are guarded too")
                    .isEqualTo(401);
        }
    }

    @Test
    void onlyLoopbackCallersGetIn() {
        AdminApi admin = new AdminApi(null, "adm_secret", new ObjectMapper());
        String right = "Bearer adm_secret";

        admin.check("127.0.0.1", false, right);
        admin.check("0:0:0:0:0:0:0:1", false, right);
        admin.check("::ffff:127.0.0.1", false, right);
        for (String remote : new String[] {"10.0.0.7", "192.168.1.20", "2001:db8::1", "", "localhost.example", null}) {
            assertThatThrownBy(() -> admin.check(remote, false, right))
                    .as(remote)
                    .isInstanceOf(ApiException.class)
                    .extracting(e -> ((ApiException) e).code())
                    .isEqualTo("forbidden");
        }
        assertThatThrownBy(() -> admin.check("127.0.0.1", true, right))
                .isInstanceOf(ApiException.class)
                .extracting(e -> ((ApiException) e).code())
                .isEqualTo("forbidden");
        assertThatThrownBy(() -> admin.check("127.0.0.1", false, "Bearer adm_secreT"))
                .isInstanceOf(ApiException.class)
                .extracting(e -> ((ApiException) e).status())
                .isEqualTo(401);
    }

    @Test
    void aMissingOrForeignAdminFileReadsAsNone() throws Exception {
        assertThat(AdminFile.read(data)).isEmpty();
        Files.writeString(data.resolve(AdminFile.NAME), "port=abc\n");
        assertThat(AdminFile.read(data)).isEmpty();
    }
}

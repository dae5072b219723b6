package dev.baton.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.http.ApiClient.Chat;
import dev.baton.http.ApiClient.Reply;
import dev.baton.testing.IntegrationTest;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server started with the support team's contact details names them to users and in agents' canned answers. */
@IntegrationTest
class SupportContactsTest {

    private static final String EMAIL = "help@wallet.example";
    private static final String TELEGRAM = "https://t.me/wallet_cn";

    @TempDir
    static Path data;

    static BatonTestServer server;
    static ApiClient api;

    @BeforeAll
    static void start() {
        server = BatonTestServer.start(
                data, Map.of("BATON_SUPPORT_EMAIL", EMAIL, "BATON_SUPPORT_COMMUNITY", "官方电报群=" + TELEGRAM));
        api = new ApiClient(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void askingForTheSupportEmailIsAnsweredWithTheConfiguredAddress() {
        JsonNode turn = api.send(api.open(), "客服邮箱多少").json();

        assertThat(turn.path("decision").path("action").asText()).isEqualTo("answer");
        assertThat(turn.path("reply").path("text").asText())
                .contains("客服邮箱：" + EMAIL)
                .contains("官方电报群：" + TELEGRAM)
                .doesNotContain("{", "客服电话：");
    }

    @Test
    void englishAndTraditionalRepliesNameTheSameAddress() {
        String english = api.send(api.open(), "what is your support email address")
                .json()
                .path("reply")
                .path("text")
                .asText();
        String traditional = api.send(api.open(), "客服郵箱是多少")
                .json()
                .path("reply")
                .path("text")
                .asText();

        assertThat(english).contains("Email: " + EMAIL).doesNotContain("{", "Phone:");
        assertThat(traditional).contains("客服郵箱：" + EMAIL).contains("官方電報群：" + TELEGRAM);
    }

    @Test
    void cannedAnswersForAgentsNameTheAddressToo() {
        String agent = server.addAgent("cara", 1, false);
        Chat chat = api.open();
        api.send(chat, "转人工");
        api.send(chat, "跳过");
        Reply queued = api.send(chat, "跳过");
        String ticket = queued.json().path("handoff").path("ticketId").asText();

        JsonNode canned = api.request("GET", "/api/v1/agent/tickets/" + ticket + "/canned", agent, null, null)
                .json();

        assertThat(canned.path("answers").findValuesAsText("text"))
                .anySatisfy(text -> assertThat(text).contains(EMAIL))
                .noneSatisfy(text -> assertThat(text).contains("{support."));
    }
}

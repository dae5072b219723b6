package dev.baton.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.http.ApiClient.Chat;
import dev.baton.http.ApiClient.Reply;
import dev.baton.testing.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-address limits on sockets and refused tokens, and caps on the sockets one conversation or agent holds. */
@IntegrationTest
class SocketLimitsTest {

    @TempDir
    Path data;

    @Test
    void oneAddressOpeningSocketsTooFastGets429() {
        try (BatonTestServer server = BatonTestServer.start(data, Map.of("BATON_SOCKET_UPGRADES_PER_MINUTE", "5"))) {
            ApiClient api = new ApiClient(server.baseUrl());
            Chat chat = api.open();
            List<WebSocket> open = new ArrayList<>();
            Throwable refused = null;
            for (int i = 0; i < 20 && refused == null; i++) {
                try {
                    open.add(chatSocket(server, chat, chat.token(), new StreamTest.Listener()));
                } catch (CompletionException e) {
                    refused = e.getCause();
                }
                open.forEach(ws -> ws.abort());
                open.clear();
            }

            assertThat(refused).isInstanceOf(WebSocketHandshakeException.class);
            assertThat(((WebSocketHandshakeException) refused).getResponse().statusCode())
                    .isEqualTo(429);
        }
    }

    @Test
    void anAddressPresentingTooManyWrongTokensIsRefusedEverywhereForAWhile() {
        try (BatonTestServer server = BatonTestServer.start(data, Map.of("BATON_FAILED_TOKENS_PER_MINUTE", "5"))) {
            ApiClient api = new ApiClient(server.baseUrl());
            String token = server.addAgent("ana", 1, false);
            for (int i = 0; i < 5; i++) {
                assertThat(api.request("GET", "/api/v1/agent/me", "agt_" + i + ".guess", null, null)
                                .status())
                        .isEqualTo(401);
            }

            Reply next = api.request("GET", "/api/v1/agent/me", token, null, null);

            assertThat(next.status()).isEqualTo(429);
            assertThat(next.json().get("error").get("code").asText()).isEqualTo("rate_limited");
            assertThat(next.raw().headers().firstValue("Retry-After")).isPresent();
            assertThatThrownBy(() -> agentSocket(server, token, new StreamTest.Listener()))
                    .hasCauseInstanceOf(WebSocketHandshakeException.class);
        }
    }

    @Test
    void wrongTokensOnSocketsCountToo() throws Exception {
        try (BatonTestServer server = BatonTestServer.start(data, Map.of("BATON_FAILED_TOKENS_PER_MINUTE", "3"))) {
            ApiClient api = new ApiClient(server.baseUrl());
            Chat chat = api.open();
            for (int i = 0; i < 3; i++) {
                StreamTest.Listener listener = new StreamTest.Listener();
                agentSocket(server, "agt_x.guess" + i, listener);
                assertThat(listener.closed.get(30, TimeUnit.SECONDS)).isEqualTo(4401);
            }

            assertThat(api.request("GET", "/api/v1/conversations/" + chat.id() + "/messages", chat.token(), null, null)
                            .status())
                    .isEqualTo(429);
        }
    }

    @Test
    void aConversationAndAnAgentHoldOnlySoManySockets() throws Exception {
        try (BatonTestServer server = BatonTestServer.start(
                data, Map.of("BATON_SOCKETS_PER_CONVERSATION", "2", "BATON_SOCKETS_PER_AGENT", "2"))) {
            ApiClient api = new ApiClient(server.baseUrl());
            Chat chat = api.open();
            StreamTest.Listener first = new StreamTest.Listener();
            WebSocket one = chatSocket(server, chat, chat.token(), first);
            first.next();
            StreamTest.Listener second = new StreamTest.Listener();
            chatSocket(server, chat, chat.token(), second);
            second.next();
            StreamTest.Listener third = new StreamTest.Listener();
            chatSocket(server, chat, chat.token(), third);
            assertThat(third.closed.get(30, TimeUnit.SECONDS)).isEqualTo(ChatStream.TOO_MANY);

            one.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
            first.closed.get(30, TimeUnit.SECONDS);
            StreamTest.Listener again = new StreamTest.Listener();
            chatSocket(server, chat, chat.token(), again);
            assertThat(again.next().get("type").asText()).isEqualTo("state");

            String token = server.addAgent("bo", 1, false);
            List<StreamTest.Listener> consoles = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                StreamTest.Listener console = new StreamTest.Listener();
                agentSocket(server, token, console);
                consoles.add(console);
            }
            assertThat(consoles.get(2).closed.get(30, TimeUnit.SECONDS)).isEqualTo(ChatStream.TOO_MANY);
            assertThat(consoles.get(0).closed).isNotDone();
        }
    }

    private static WebSocket chatSocket(BatonTestServer server, Chat chat, String token, WebSocket.Listener listener) {
        URI uri = URI.create(
                "ws://127.0.0.1:" + server.port() + "/api/v1/conversations/" + chat.id() + "/stream?token=" + token);
        return HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(uri, listener)
                .join();
    }

    private static WebSocket agentSocket(BatonTestServer server, String token, WebSocket.Listener listener) {
        URI uri = URI.create("ws://127.0.0.1:" + server.port() + "/api/v1/agent/stream?token=" + token);
        return HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(uri, listener)
                .join();
    }
}

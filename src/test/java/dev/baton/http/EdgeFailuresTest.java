package dev.baton.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.baton.http.ApiClient.Reply;
import dev.baton.testing.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Failures no handler expects still answer in JSON, and log one line and a bounded trace. */
@IntegrationTest
class EdgeFailuresTest {

    private final Logger log = (Logger) LoggerFactory.getLogger(BatonServer.class);
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();

    @BeforeEach
    void capture() {
        captured.start();
        log.addAppender(captured);
    }

    @AfterEach
    void release() {
        log.detachAppender(captured);
    }

    private static boolean overflow(int depth) {
        return depth < 0 || overflow(depth + 1);
    }

    @Test
    void aStackOverflowInAHandlerIsAJson500AndABoundedTraceNotAThousandLines() {
        try (BatonServer server = BareServer.start(() -> overflow(0))) {
            ApiClient api = new ApiClient("http://127.0.0.1:" + server.port());

            Reply reply = api.request("GET", "/health", null, null, null);

            assertThat(reply.status()).isEqualTo(500);
            assertThat(reply.json().path("error").path("code").asText()).isEqualTo("internal_error");
            assertThat(api.request("GET", "/health", null, null, null).status())
                    .as("still serving")
                    .isEqualTo(500);
        }
        List<ILoggingEvent> errors =
                captured.list.stream().filter(e -> e.getLevel() == Level.ERROR).toList();
        assertThat(errors).hasSize(2).allSatisfy(e -> {
            assertThat(e.getFormattedMessage()).contains("GET /health", "StackOverflowError");
            assertThat(e.getFormattedMessage().lines().count()).isLessThanOrEqualTo(EdgeFailures.TRACE_FRAMES + 2);
            assertThat(e.getThrowableProxy()).as("no full trace attached").isNull();
        });
    }

    @Test
    void aBodyNoHandlerReadDoesNotCostTheClientItsAnswer() {
        // Answered without reading the body, the connection used to close on unread bytes: a reset that could
        // take the answer with it.
        String unread = "{\"text\":\"" + "x".repeat(200_000) + "\"}";
        try (BatonServer server = BareServer.start(() -> true)) {
            ApiClient api = new ApiClient("http://127.0.0.1:" + server.port());
            for (int i = 0; i < 20; i++) {
                assertThat(api.request("PATCH", "/api/v1/conversations", null, "application/json", unread)
                                .status())
                        .as("try " + i)
                        .isIn(404, 405);
                assertThat(api.request("POST", "/webhooks/nowhere", null, "application/json", unread)
                                .status())
                        .as("try " + i)
                        .isEqualTo(404);
            }
        }
    }

    @Test
    void anyOtherUnexpectedExceptionIsAJson500WithTheSameBoundedTrace() {
        try (BatonServer server = BareServer.start(() -> {
            throw new IllegalStateException("the store went away");
        })) {
            Reply reply =
                    new ApiClient("http://127.0.0.1:" + server.port()).request("GET", "/health", null, null, null);

            assertThat(reply.status()).isEqualTo(500);
            assertThat(reply.json().path("error").path("code").asText()).isEqualTo("internal_error");
            assertThat(reply.body()).doesNotContain("the store went away");
        }
        assertThat(captured.list)
                .singleElement()
                .satisfies(e -> assertThat(e.getFormattedMessage())
                        .contains("IllegalStateException: the store went away", "\tat "));
    }
}

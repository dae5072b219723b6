package dev.baton.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.http.ApiClient.Chat;
import dev.baton.http.ApiClient.Reply;
import dev.baton.testing.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * In the JSON log format, the lines written during a chat turn and an agent's action carry the conversation,
 * ticket and agent ids in their {@code mdc}, and no line carries what the user or the agent wrote.
 */
@IntegrationTest
class TurnLogIdsTest {

    private static final String USER_TEXT = "my wallet was hacked, the quokka-marmalade funds are gone";
    private static final String AGENT_TEXT = "please freeze the account, periwinkle-saxophone";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    /** Keeps each event's MDC as it was when logged (as an appender writing at once would see it). */
    private static final class Kept extends ListAppender<ILoggingEvent> {
        @Override
        protected void append(ILoggingEvent event) {
            event.prepareForDeferredProcessing();
            super.append(event);
        }
    }

    /** The encoder of the shipped JSON format, read from logback.xml into a context of its own. */
    @SuppressWarnings("unchecked")
    private static Encoder<ILoggingEvent> jsonEncoder() {
        String before = System.getProperty("baton.log.format");
        System.setProperty("baton.log.format", "json");
        try {
            LoggerContext context = new LoggerContext();
            dev.baton.cli.LogFormatsAccess.reload(context);
            return ((OutputStreamAppender<ILoggingEvent>)
                            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("json"))
                    .getEncoder();
        } finally {
            if (before == null) {
                System.clearProperty("baton.log.format");
            } else {
                System.setProperty("baton.log.format", before);
            }
        }
    }

    @Test
    void aTurnsAndAnAgentsLinesCarryTheIdsAndNoTextInJson() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger baton = (Logger) LoggerFactory.getLogger("dev.baton");
        Level level = baton.getLevel();
        Kept captured = new Kept();
        captured.start();
        root.addAppender(captured);
        baton.setLevel(Level.DEBUG);
        String conversation;
        String ticket;
        try (BatonTestServer server = BatonTestServer.start(data)) {
            ApiClient api = new ApiClient(server.baseUrl());
            String ann = server.addAgent("ann", 1, false);
            Chat chat = api.open();
            conversation = chat.id();
            Reply turn = api.send(chat, USER_TEXT);
            ticket = turn.json().path("handoff").path("ticketId").asText();
            assertThat(ticket).as("an urgent handoff").isNotBlank();
            String agent = "/api/v1/agent/tickets/" + ticket;
            assertThat(api.request("POST", agent + "/claim", ann, null, null).status())
                    .isEqualTo(200);
            assertThat(api.request(
                                    "POST",
                                    agent + "/messages",
                                    ann,
                                    "application/json",
                                    "{\"text\":\"" + AGENT_TEXT + "\"}")
                            .status())
                    .isEqualTo(201);
        } finally {
            root.detachAppender(captured);
            baton.setLevel(level);
        }

        Encoder<ILoggingEvent> encoder = jsonEncoder();
        List<JsonNode> lines = new ArrayList<>();
        for (ILoggingEvent event : captured.list) {
            String line = new String(encoder.encode(event), StandardCharsets.UTF_8);
            assertThat(line).doesNotContain("quokka").doesNotContain("periwinkle");
            lines.add(JSON.readTree(line));
        }
        JsonNode turnLine = only(lines, "dev.baton.conversation.UserTurns", conversation);
        assertThat(turnLine.path("mdc").path("conversation").asText()).isEqualTo(conversation);
        assertThat(turnLine.path("mdc").path("ticket").asText()).isEqualTo(ticket);
        List<JsonNode> agentLines = lines.stream()
                .filter(l -> l.path("loggerName").asText().equals("dev.baton.agent.TicketTurns"))
                .toList();
        assertThat(agentLines).hasSize(2).allSatisfy(l -> {
            assertThat(l.path("mdc").path("conversation").asText()).isEqualTo(conversation);
            assertThat(l.path("mdc").path("ticket").asText()).isEqualTo(ticket);
            assertThat(l.path("mdc").path("agent").asText()).isNotBlank();
        });
        assertThat(lines)
                .filteredOn(l -> l.path("threadName").asText().startsWith("baton-queue-watch"))
                .allSatisfy(l -> assertThat(l.path("mdc").path("agent").isMissingNode())
                        .as("ids do not leak to other work")
                        .isTrue());
    }

    private static JsonNode only(List<JsonNode> lines, String logger, String conversation) {
        List<JsonNode> found = lines.stream()
                .filter(l -> l.path("loggerName").asText().equals(logger))
                .filter(l -> l.path("formattedMessage").asText().contains(conversation))
                .toList();
        assertThat(found).as(logger + " lines of " + conversation).hasSize(1);
        return found.get(0);
    }
}

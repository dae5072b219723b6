package dev.baton.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.config.LogFormat;
import dev.baton.logging.LogContext;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** logback.xml as shipped, read into a context of the test's own: each format, with the ids of the work. */
class LogFormatsTest {

    private final String before = System.getProperty(LogFormat.PROPERTY);

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(LogFormat.PROPERTY);
        } else {
            System.setProperty(LogFormat.PROPERTY, before);
        }
    }

    /** Reads the shipped logback.xml with the format chosen; logs one line with those ids; returns it encoded. */
    private static String oneLine(LogFormat format, String conversation, String ticket, String agent) {
        System.setProperty(LogFormat.PROPERTY, format.wire());
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(MDC.getMDCAdapter());
        assertThat(LogFormats.reload(context, LogFormats.class.getResource("/logback.xml")))
                .isTrue();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        @SuppressWarnings("unchecked")
        OutputStreamAppender<ILoggingEvent> chosen =
                (OutputStreamAppender<ILoggingEvent>) root.getAppender(format.wire());
        assertThat(chosen).as("the " + format.wire() + " appender").isNotNull();
        LogFormat other = format == LogFormat.TEXT ? LogFormat.JSON : LogFormat.TEXT;
        assertThat(root.getAppender(other.wire()))
                .as("only the chosen appender")
                .isNull();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        String line;
        try (LogContext log =
                LogContext.open().conversation(conversation).ticket(ticket).agent(agent)) {
            context.getLogger("dev.baton.Test").info("turn {} committed", 2);
            // Encoded while the work runs, as the console appender does.
            line = new String(chosen.getEncoder().encode(captured.list.get(0)), StandardCharsets.UTF_8);
        }
        context.stop();
        return line;
    }

    @Test
    void theTextFormatIsTheDefaultLineWithTheIdsAtItsEnd() {
        String line = oneLine(LogFormat.TEXT, "c_1", "t_1", "a_1");

        assertThat(line)
                .matches("\\d{2}:\\d{2}:\\d{2}\\.\\d{3} INFO  dev.baton.Test - turn 2 committed "
                        + "conversation=c_1 ticket=t_1 agent=a_1\\R");
    }

    @Test
    void theTextFormatEndsWithOnlyTheIdsThereAre() {
        assertThat(oneLine(LogFormat.TEXT, "c_1", null, null)).endsWith(" - turn 2 committed conversation=c_1\n");
        assertThat(oneLine(LogFormat.TEXT, null, "t_1", "a_1")).endsWith(" - turn 2 committed ticket=t_1 agent=a_1\n");
        assertThat(oneLine(LogFormat.TEXT, null, null, null)).endsWith(" - turn 2 committed\n");
    }

    @Test
    void theJsonFormatIsOneObjectALineWithTheIdsInItsMdc() throws Exception {
        String line = oneLine(LogFormat.JSON, "c_1", "t_1", "a_1");

        assertThat(line).endsWith("\n").doesNotContain("\n{");
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.path("level").asText()).isEqualTo("INFO");
        assertThat(json.path("loggerName").asText()).isEqualTo("dev.baton.Test");
        assertThat(json.path("formattedMessage").asText()).isEqualTo("turn 2 committed");
        assertThat(json.path("mdc").path("conversation").asText()).isEqualTo("c_1");
        assertThat(json.path("mdc").path("ticket").asText()).isEqualTo("t_1");
        assertThat(json.path("mdc").path("agent").asText()).isEqualTo("a_1");
        assertThat(json.has("arguments"))
                .as("the arguments are in the formatted message")
                .isFalse();
    }

    @Test
    void theJsonEncoderIsLogbacksOwn() {
        System.setProperty(LogFormat.PROPERTY, "json");
        LoggerContext context = new LoggerContext();
        LogFormats.reload(context, LogFormats.class.getResource("/logback.xml"));
        OutputStreamAppender<?> json = (OutputStreamAppender<?>)
                context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("json");
        assertThat(json.getEncoder()).isInstanceOf(JsonEncoder.class);
        context.stop();
    }
}

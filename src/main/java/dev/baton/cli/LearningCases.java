package dev.baton.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.bench.LearningCase;
import dev.baton.decision.ActionLabel;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a learning-loop set: {@code {"id", "text", "lang", "expect", "topic"}} per line. */
final class LearningCases {

    /** The cuts {@code baton benchmark learning} sweeps unless told others. */
    static final String CUTS = "1.0,1.25,1.5,1.75,2.0,2.5";

    private LearningCases() {}

    /** The set's lines; a line without string text, expect (an action label) and topic is skipped, and said. */
    static List<LearningCase> read(Path file, ObjectMapper json, PrintStream err) {
        if (!Files.isRegularFile(file)) {
            throw new CliException("no learning set at " + file);
        }
        List<LearningCase> cases = new ArrayList<>();
        int number = 0;
        for (JsonNode node : JsonLines.read(file, json, err)) {
            number++;
            String text = string(node, "text");
            String expect = string(node, "expect");
            String topic = string(node, "topic");
            if (text == null || expect == null || topic == null || !ActionLabel.isValid(expect)) {
                err.println(file + ": skipped record " + number
                        + ": needs string text, expect (an action label) and topic");
                continue;
            }
            try {
                cases.add(new LearningCase(string(node, "id"), text, string(node, "lang"), expect, topic));
            } catch (IllegalArgumentException e) {
                err.println(file + ": skipped record " + number + ": " + e.getMessage());
            }
        }
        if (cases.isEmpty()) {
            throw new CliException("no usable lines in " + file);
        }
        return cases;
    }

    static String name(Path file) {
        return file.getFileName().toString().replaceFirst("\\.jsonl$", "");
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }
}

package dev.baton.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads UTF-8 text line by line, strictly: invalid UTF-8 is reported, not silently replaced. JSON Lines
 * helpers skip empty lines and report a malformed line by number, then go on.
 */
final class JsonLines {

    private JsonLines() {
    }

    static BufferedReader strictUtf8(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    /** Every non-empty line of a file, parsed as JSON; bad lines are reported on {@code err} and skipped. */
    static List<JsonNode> read(Path file, ObjectMapper json, PrintStream err) {
        List<JsonNode> nodes = new ArrayList<>();
        try (BufferedReader reader = strictUtf8(Files.newInputStream(file))) {
            forEachLine(reader, file.toString(), (number, line) -> {
                try {
                    nodes.add(json.readTree(line));
                } catch (IOException e) {
                    err.println(file + ":" + number + ": skipped, not valid JSON");
                }
            });
        } catch (NoSuchFileException e) {
            throw new CliException("cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new CliException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return nodes;
    }

    interface LineHandler {
        void handle(int number, String line);
    }

    /** Calls the handler for each non-blank line; invalid UTF-8 ends reading with a clear message. */
    static void forEachLine(BufferedReader reader, String source, LineHandler handler) throws IOException {
        int number = 0;
        String line;
        while (true) {
            try {
                line = reader.readLine();
            } catch (CharacterCodingException e) {
                throw new CliException(source + ": invalid UTF-8 after line " + number);
            }
            if (line == null) {
                return;
            }
            number++;
            if (!line.isBlank()) {
                handler.handle(number, line);
            }
        }
    }
}

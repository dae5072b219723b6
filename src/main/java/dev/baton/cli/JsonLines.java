package dev.baton.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads UTF-8 text line by line, strictly: invalid UTF-8 is reported with its line number, not silently
 * replaced, and every line before it has already been handled. JSON Lines
 * helpers skip empty lines and report a malformed line by number, then go on.
 */
final class JsonLines {

    private JsonLines() {}

    /** Calls the handler for each non-blank line of a stream; invalid UTF-8 stops reading with a clear message. */
    static void forEachLine(InputStream in, String source, LineHandler handler) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedInputStream bytes = new BufferedInputStream(in);
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        int number = 0;
        boolean more = true;
        while (more) {
            int b;
            line.reset();
            while ((b = bytes.read()) != -1 && b != '\n') {
                line.write(b);
            }
            more = b != -1;
            if (!more && line.size() == 0) {
                return;
            }
            number++;
            String text;
            try {
                text = decoder.decode(ByteBuffer.wrap(line.toByteArray())).toString();
            } catch (CharacterCodingException e) {
                throw new CliException(source + ":" + number + ": invalid UTF-8");
            }
            if (text.endsWith("\r")) {
                text = text.substring(0, text.length() - 1);
            }
            if (!text.isBlank()) {
                handler.handle(number, text);
            }
        }
    }

    /** Every non-empty line of a file, parsed as JSON; bad lines are reported on {@code err} and skipped. */
    static List<JsonNode> read(Path file, ObjectMapper json, PrintStream err) {
        List<JsonNode> nodes = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            forEachLine(in, file.toString(), (number, line) -> {
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
}

package dev.baton.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a store keeps, as text to search one char per byte: the embedded store's files, or a dump of a
 * PostgreSQL schema; and text encoded the ways it may have been written.
 */
final class StoredBytes {

    private StoredBytes() {}

    /**
     * Every file under {@code dir}, read as bytes (ISO-8859-1, one char per byte) in chunks that overlap by
     * more than any needle, so a needle across a chunk boundary is still found.
     */
    static List<String> files(Path dir) throws IOException {
        int chunk = 4 << 20;
        int overlap = 4096;
        List<String> chunks = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                for (int at = 0; at < bytes.length; at += chunk) {
                    int end = Math.min(bytes.length, at + chunk + overlap);
                    chunks.add(new String(bytes, at, end - at, StandardCharsets.ISO_8859_1));
                }
            }
        }
        return chunks;
    }

    /** Text as its UTF-8 bytes, one char per byte, to be searched in bytes read the same way. */
    static String utf8Latin1(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /**
     * Text as the embedded store (H2's MVStore) writes a string, one char per byte: like UTF-8 for ASCII, but
     * the continuation bytes of other chars lack UTF-8's high bit, so a search in UTF-8 alone would miss them.
     */
    static String h2Latin1(String text) {
        StringBuilder out = new StringBuilder(text.length() * 3);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out.append(c);
            } else if (c >= 0x800) {
                out.append((char) (0xe0 | (c >> 12)))
                        .append((char) ((c >> 6) & 0x3f))
                        .append((char) (c & 0x3f));
            } else {
                out.append((char) (0xc0 | (c >> 6))).append((char) (c & 0x3f));
            }
        }
        return out.toString();
    }

    /** Every row of every table of the schema, as text: what a dump of the schema holds. */
    static String dump(String url, String schema) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = c.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (r.next()) {
                    tables.add(r.getString("TABLE_NAME"));
                }
            }
            assertThat(tables).contains("messages", "inbound", "tickets", "conversations");
            for (String table : tables) {
                try (Statement s = c.createStatement();
                        ResultSet r = s.executeQuery("SELECT * FROM " + schema + "." + table)) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        for (int i = 1; i <= columns; i++) {
                            out.append(r.getString(i)).append('\t');
                        }
                        out.append('\n');
                    }
                }
            }
        }
        return out.toString();
    }
}

package dev.baton.faq;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads {@code faq-corpus/} ({@code faq/*.yaml}, {@code intents/*.yaml}, {@code synonyms.yaml}) and checks
 * it: a broken file is reported by name, never half-loaded.
 */
public final class FaqCorpusLoader {

    /** Minimum training examples per language for a FAQ entry. */
    public static final int MIN_FAQ_EXAMPLES = 20;

    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private record EntryFile(
            String id,
            String kind,
            String reason,
            List<String> tags,
            List<String> followUps,
            Localized title,
            Localized answer,
            Examples examples,
            Examples dev) {}

    /** Loads and validates the corpus in a folder; throws {@link CorpusException} naming the bad file. */
    public FaqCorpus load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new CorpusException("no FAQ corpus folder at " + dir);
        }
        List<Path> files = new ArrayList<>();
        files.addAll(yamlFiles(dir.resolve("faq")));
        files.addAll(yamlFiles(dir.resolve("intents")));
        List<FaqEntry> entries = new ArrayList<>();
        MessageDigest digest = sha256();
        for (Path file : files) {
            byte[] bytes = read(file);
            digest.update(dir.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            digest.update(withUnixNewlines(bytes));
            entries.add(entry(file, bytes));
        }
        Path synonymsFile = dir.resolve("synonyms.yaml");
        Synonyms synonyms = Synonyms.none();
        if (Files.exists(synonymsFile)) {
            byte[] bytes = read(synonymsFile);
            digest.update("synonyms.yaml".getBytes(StandardCharsets.UTF_8));
            digest.update(withUnixNewlines(bytes));
            synonyms = synonyms(synonymsFile, bytes);
        }
        if (entries.isEmpty()) {
            throw new CorpusException(dir + " has no entries in faq/ or intents/");
        }
        try {
            return new FaqCorpus(entries, synonyms, HexFormat.of().formatHex(digest.digest()));
        } catch (IllegalArgumentException e) {
            throw new CorpusException(dir + ": " + e.getMessage(), e);
        }
    }

    /** Only the synonym groups of a corpus folder (none when it has no synonyms.yaml). */
    public Synonyms synonyms(Path dir) {
        Path file = dir.resolve("synonyms.yaml");
        return Files.exists(file) ? synonyms(file, read(file)) : Synonyms.none();
    }

    private FaqEntry entry(Path file, byte[] bytes) {
        EntryFile f;
        try {
            f = yaml.readValue(bytes, EntryFile.class);
        } catch (IOException e) {
            throw new CorpusException(file + ": " + describe(e), e);
        }
        String expectedId = file.getFileName().toString().replaceFirst("\\.yaml$", "");
        try {
            if (f == null || f.id() == null || !f.id().equals(expectedId)) {
                throw new IllegalArgumentException("id must be '" + expectedId + "', the file's name");
            }
            if (f.kind() == null) {
                throw new IllegalArgumentException("kind is missing");
            }
            FaqEntry entry = new FaqEntry(
                    f.id(),
                    Kind.parse(f.kind()),
                    f.reason(),
                    f.tags(),
                    f.followUps(),
                    f.title(),
                    f.answer(),
                    f.examples(),
                    f.dev());
            if (entry.kind() == Kind.FAQ
                    && (entry.examples().zh().size() < MIN_FAQ_EXAMPLES
                            || entry.examples().en().size() < MIN_FAQ_EXAMPLES)) {
                throw new IllegalArgumentException(
                        "a FAQ entry needs at least " + MIN_FAQ_EXAMPLES + " examples per language");
            }
            return entry;
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new CorpusException(file + ": " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private Synonyms synonyms(Path file, byte[] bytes) {
        try {
            Map<String, List<List<String>>> groups = yaml.readValue(bytes, Map.class);
            List<List<String>> all = new ArrayList<>();
            for (List<List<String>> perLanguage : groups.values()) {
                for (List<String> group : perLanguage) {
                    all.add(group.stream()
                            .map(w -> w.toLowerCase(Locale.ROOT).trim())
                            .toList());
                }
            }
            return Synonyms.of(all);
        } catch (IOException | ClassCastException e) {
            throw new CorpusException(file + ": expected zh: and en: lists of word groups", e);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof JsonProcessingException j) {
            return j.getOriginalMessage()
                    + (j.getLocation() != null ? " (line " + j.getLocation().getLineNr() + ")" : "");
        }
        return e.getMessage();
    }

    private static List<Path> yamlFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new CorpusException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CorpusException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static byte[] withUnixNewlines(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

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
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads {@code faq-corpus/} ({@code faq/*.yaml}, {@code intents/*.yaml}, {@code synonyms.yaml}) and checks
 * it: a broken file is reported by name, never half-loaded.
 */
public final class FaqCorpusLoader {

    /** The folders entry files live in: FAQ entries in the first, every other kind in the second. */
    public static final List<String> FOLDERS = List.of("faq", "intents");

    public static final String SYNONYMS_FILE = "synonyms.yaml";

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
        return load(files(dir), dir.toString());
    }

    /**
     * The corpus files of a folder by their path inside it ({@code faq/x.yaml}, {@code intents/y.yaml},
     * {@code synonyms.yaml}), in the order the hash reads them.
     */
    public SortedMap<String, byte[]> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new CorpusException("no FAQ corpus folder at " + dir);
        }
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (String folder : FOLDERS) {
            for (Path file : yamlFiles(dir.resolve(folder))) {
                files.put(folder + "/" + file.getFileName(), read(file));
            }
        }
        Path synonymsFile = dir.resolve(SYNONYMS_FILE);
        if (Files.exists(synonymsFile)) {
            files.put(SYNONYMS_FILE, read(synonymsFile));
        }
        return files;
    }

    /**
     * Loads and validates a corpus held as files by their path in the corpus folder (as {@link #files} reads
     * them): the same checks and the same hash as a folder on disk. Files outside {@code faq/}, {@code intents/}
     * and {@code synonyms.yaml} are refused.
     *
     * @param origin what the files are called in messages (a folder, a version)
     */
    public FaqCorpus load(Map<String, byte[]> files, String origin) {
        List<FaqEntry> entries = new ArrayList<>();
        MessageDigest digest = sha256();
        Synonyms synonyms = Synonyms.none();
        byte[] synonymBytes = null;
        for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
            String path = file.getKey();
            if (path.equals(SYNONYMS_FILE)) {
                synonymBytes = file.getValue();
                continue;
            }
            if (!isEntryPath(path)) {
                throw new CorpusException(origin + ": " + path + " is not a corpus file (faq/*.yaml, intents/*.yaml, "
                        + SYNONYMS_FILE + ")");
            }
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update(withUnixNewlines(file.getValue()));
            entries.add(entry(origin + "/" + path, file.getValue()));
        }
        if (synonymBytes != null) {
            digest.update(SYNONYMS_FILE.getBytes(StandardCharsets.UTF_8));
            digest.update(withUnixNewlines(synonymBytes));
            synonyms = synonyms(origin + "/" + SYNONYMS_FILE, synonymBytes);
        }
        if (entries.isEmpty()) {
            throw new CorpusException(origin + " has no entries in faq/ or intents/");
        }
        try {
            return new FaqCorpus(entries, synonyms, HexFormat.of().formatHex(digest.digest()));
        } catch (IllegalArgumentException e) {
            throw new CorpusException(origin + ": " + e.getMessage(), e);
        }
    }

    /** Whether {@code path} names an entry file: {@code faq/<id>.yaml} or {@code intents/<id>.yaml}. */
    public static boolean isEntryPath(String path) {
        return path.matches("(faq|intents)/[^/]+\\.yaml");
    }

    /** Only the synonym groups of a corpus folder (none when it has no synonyms.yaml). */
    public Synonyms synonyms(Path dir) {
        Path file = dir.resolve(SYNONYMS_FILE);
        return Files.exists(file) ? synonyms(file.toString(), read(file)) : Synonyms.none();
    }

    private FaqEntry entry(String file, byte[] bytes) {
        EntryFile f;
        try {
            f = yaml.readValue(bytes, EntryFile.class);
        } catch (IOException e) {
            throw new CorpusException(file + ": " + describe(e), e);
        }
        String expectedId = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.yaml$", "");
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
            Placeholder.check(entry.answer().zh(), "answer.zh");
            Placeholder.check(entry.answer().en(), "answer.en");
            if (entry.answer().zhHant() != null) {
                Placeholder.check(entry.answer().zhHant(), "answer.zhHant");
            }
            if (Placeholder.any(entry.title().zh())
                    || Placeholder.any(entry.title().en())
                    || entry.title().zhHant() != null
                            && Placeholder.any(entry.title().zhHant())) {
                // A title is one line, a quick reply's label: left out for an unset detail, it would be empty.
                throw new IllegalArgumentException("a title may not hold a placeholder");
            }
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
    private Synonyms synonyms(String file, byte[] bytes) {
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

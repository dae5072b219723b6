package dev.baton.knowledge;

import dev.baton.faq.FaqCorpus;
import dev.baton.faq.FaqCorpusLoader;
import dev.baton.faq.FaqEntry;
import dev.baton.faq.Kind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A corpus as the files of {@code faq-corpus/} (path in the folder to YAML text): the format the repository
 * keeps, exports and imports, so a version read back loads with the very checks and hash of the folder.
 */
public final class CorpusFiles {

    /** Bounds on an imported archive, so a hostile zip cannot fill the memory. */
    static final int MAX_FILES = 1_000;

    static final long MAX_BYTES = 32L << 20;

    private final SortedMap<String, String> files;

    public CorpusFiles(Map<String, String> files) {
        this.files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /** The corpus folder {@code dir}, as its files. */
    public static CorpusFiles read(Path dir) {
        Map<String, String> texts = new TreeMap<>();
        new FaqCorpusLoader().files(dir).forEach((path, bytes) -> texts.put(path, utf8(bytes)));
        return new CorpusFiles(texts);
    }

    /** Loads and checks the corpus, exactly as from a folder. */
    public FaqCorpus load(String origin) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
        return new FaqCorpusLoader().load(bytes, origin);
    }

    public SortedMap<String, String> asMap() {
        return files;
    }

    /** The file an entry is kept in: FAQ entries under {@code faq/}, every other kind under {@code intents/}. */
    public static String pathFor(String id, Kind kind) {
        return (kind == Kind.FAQ ? "faq/" : "intents/") + id + ".yaml";
    }

    public Optional<String> pathOf(String id) {
        return FaqCorpusLoader.FOLDERS.stream()
                .map(folder -> folder + "/" + id + ".yaml")
                .filter(files::containsKey)
                .findFirst();
    }

    /** These files with {@code entry} written in (replacing any entry of its id, in whichever folder). */
    public CorpusFiles with(FaqEntry entry) {
        Map<String, String> next = new TreeMap<>(files);
        pathOf(entry.id()).ifPresent(next::remove);
        next.put(pathFor(entry.id(), entry.kind()), EntryYaml.write(entry));
        return new CorpusFiles(next);
    }

    public CorpusFiles without(String id) {
        Map<String, String> next = new TreeMap<>(files);
        pathOf(id).ifPresent(next::remove);
        return new CorpusFiles(next);
    }

    /** These files with {@code synonyms.yaml} replaced (none: removed). */
    public CorpusFiles withSynonyms(SynonymGroups synonyms) {
        Map<String, String> next = new TreeMap<>(files);
        if (synonyms.isEmpty()) {
            next.remove(FaqCorpusLoader.SYNONYMS_FILE);
        } else {
            next.put(FaqCorpusLoader.SYNONYMS_FILE, EntryYaml.write(synonyms));
        }
        return new CorpusFiles(next);
    }

    public SynonymGroups synonyms() {
        String text = files.get(FaqCorpusLoader.SYNONYMS_FILE);
        return text == null ? SynonymGroups.NONE : EntryYaml.synonyms(text);
    }

    /** The files as a zip of the {@code faq-corpus/} layout. */
    public byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Reads a zip of the {@code faq-corpus/} layout: its corpus files, found at the top or under one folder
     * (an exported {@code faq-corpus/}); anything else in it (an {@code eval/} folder, a README) is skipped.
     *
     * @throws KnowledgeException {@code invalid_corpus} for a file that is not a zip or is too large
     */
    public static CorpusFiles unzip(byte[] archive) {
        Map<String, String> texts = new TreeMap<>();
        long total = 0;
        int count = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++count > MAX_FILES) {
                    throw new KnowledgeException(
                            "invalid_corpus", "the archive holds more than " + MAX_FILES + " files");
                }
                byte[] bytes = zip.readNBytes((int) Math.min(MAX_BYTES - total + 1, Integer.MAX_VALUE - 8));
                total += bytes.length;
                if (total > MAX_BYTES) {
                    throw new KnowledgeException("invalid_corpus", "the archive unpacks to more than 32 MB");
                }
                String path = corpusPath(entry.getName());
                if (!entry.isDirectory() && path != null) {
                    texts.put(path, utf8(bytes));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new KnowledgeException("invalid_corpus", "not a readable zip archive: " + e.getMessage());
        }
        if (texts.isEmpty()) {
            throw new KnowledgeException("invalid_corpus", "the archive has no faq/*.yaml or intents/*.yaml files");
        }
        return new CorpusFiles(texts);
    }

    /** The corpus path a zip entry stands for, or null: {@code faq-corpus/faq/x.yaml} is {@code faq/x.yaml}. */
    private static String corpusPath(String name) {
        String path = name.replace('\\', '/');
        for (int depth = 0; depth < 2; depth++) {
            if (FaqCorpusLoader.isEntryPath(path) || path.equals(FaqCorpusLoader.SYNONYMS_FILE)) {
                return path;
            }
            int slash = path.indexOf('/');
            if (slash < 0) {
                return null;
            }
            path = path.substring(slash + 1);
        }
        return null;
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CorpusFiles other && files.equals(other.files);
    }

    @Override
    public int hashCode() {
        return files.hashCode();
    }
}

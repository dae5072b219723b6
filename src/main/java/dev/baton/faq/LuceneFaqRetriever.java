package dev.baton.faq;

import dev.baton.nlu.LabelledText;
import dev.baton.nlu.Language;
import dev.baton.nlu.LuceneTokenizer;
import dev.baton.nlu.NormalizedText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * In-memory Lucene BM25 index with one document per example question (and per answer), in a field per
 * language, analysed by Baton's shared tokenizer after synonym canonicalisation. English texts are also
 * indexed as character 3-5-grams ({@link LuceneTokenizer#charGrams}).
 *
 * <p>An English query searches both views separately, {@code k} nearest texts each. The n-gram view's
 * scores are rescaled so that its {@code k} nearest sum to the same total as the word view's: both views
 * then weigh equally whatever their score scales (n-gram queries have many more terms). On CLINC150 this
 * vote beat the word view alone by 0.3-0.5 points and one query over both fields by more.
 */
public final class LuceneFaqRetriever implements FaqRetriever {

    /** Query terms beyond this are ignored: a 4,000-character message must not become a huge query. */
    static final int MAX_QUERY_TERMS = 128;

    private static final String GRAMS = "en_grams";
    private static final String LABELS = "labels.txt";

    private final LuceneTokenizer tokenizer;
    private final Synonyms synonyms;
    private final Bm25Postings postings;
    private final String[] labelOfDoc;
    private final Directory directory;

    private LuceneFaqRetriever(LuceneTokenizer tokenizer, Synonyms synonyms, Directory directory, String[] labelOfDoc)
            throws IOException {
        this.tokenizer = tokenizer;
        this.synonyms = synonyms;
        this.directory = directory;
        this.labelOfDoc = labelOfDoc;
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            if (labelOfDoc.length != reader.maxDoc()) {
                throw new IOException(
                        "index has " + reader.maxDoc() + " documents but " + labelOfDoc.length + " labels");
            }
            this.postings = Bm25Postings.of(reader, new LeanBm25Similarity());
        }
    }

    /**
     * Writes the index and its labels to a folder (replacing an index there), so a later start can
     * {@link #open} it instead of analysing every text again.
     */
    public void save(Path dir) throws IOException {
        replaceFolder(directory, dir);
        Files.write(dir.resolve(LABELS), List.of(labelOfDoc), StandardCharsets.UTF_8);
    }

    /** Copies an in-memory index into a folder, replacing the index files there. */
    static void replaceFolder(Directory index, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Directory target = FSDirectory.open(dir)) {
            for (String file : target.listAll()) {
                target.deleteFile(file);
            }
            for (String file : index.listAll()) {
                target.copyFrom(index, file, file, IOContext.DEFAULT);
            }
        }
    }

    /** Opens an index written by {@link #save}; query analysis must be the same as when it was built. */
    public static LuceneFaqRetriever open(Path dir, LuceneTokenizer tokenizer, Synonyms synonyms) throws IOException {
        String[] labels =
                Files.readAllLines(dir.resolve(LABELS), StandardCharsets.UTF_8).toArray(String[]::new);
        // Read into memory: the index is small, and searching it there was faster than memory-mapped.
        ByteBuffersDirectory memory = inMemory();
        try (Directory files = FSDirectory.open(dir)) {
            for (String file : files.listAll()) {
                if (!file.equals(LABELS)) {
                    memory.copyFrom(files, file, file, IOContext.READONCE);
                }
            }
        }
        return new LuceneFaqRetriever(tokenizer, synonyms, memory, labels);
    }

    /** Indexes the given texts (examples and answers, already normalised). */
    public static LuceneFaqRetriever build(
            Collection<LabelledText> texts, LuceneTokenizer tokenizer, Synonyms synonyms) {
        return build(texts, tokenizer, synonyms, Options.EXAMPLES_WITH_CHAR_GRAMS);
    }

    /**
     * How the index is laid out, chosen per corpus by measurement and named in the model card.
     *
     * @param onePerEntry      one document per entry and language holding all its texts, instead of one per
     *                         text. On Baton's corpus: +2 points of cross-validated intent accuracy and a
     *                         query over ~40 documents instead of ~2,000. A nearest-neighbour vote over
     *                         single examples is better on the large benchmarks.
     * @param englishCharGrams also index English texts as character 3-5-grams, searched as a second view
     *                         (+0.3-0.5 points on CLINC150; under 0.2 on Baton's corpus at 3-4x the cost)
     */
    public record Options(boolean onePerEntry, boolean englishCharGrams) {
        public static final Options EXAMPLES_WITH_CHAR_GRAMS = new Options(false, true);
        public static final Options ENTRIES = new Options(true, false);
    }

    /** Indexes the given texts as the options say. */
    public static LuceneFaqRetriever build(
            Collection<LabelledText> texts, LuceneTokenizer tokenizer, Synonyms synonyms, Options options) {
        ByteBuffersDirectory directory = inMemory();
        // Documents must keep the order they were added in: labelOfDoc is indexed by doc id.
        PerFieldAnalyzerWrapper analyzer =
                new PerFieldAnalyzerWrapper(tokenizer.analyzer(), Map.of(GRAMS, tokenizer.charGramAnalyzer()));
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setMergePolicy(new LogDocMergePolicy())
                .setRAMBufferSizeMB(64);
        Collection<LabelledText> documents = options.onePerEntry() ? perEntry(texts) : texts;
        List<String> labels = new ArrayList<>(documents.size());
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (LabelledText text : documents) {
                Document doc = new Document();
                String canonical = synonyms.canonicalize(text.text());
                doc.add(new TextField(field(text.language()), canonical, Field.Store.NO));
                if (options.englishCharGrams() && text.language() == Language.EN) {
                    doc.add(new TextField(GRAMS, canonical, Field.Store.NO));
                }
                writer.addDocument(doc);
                labels.add(text.label());
            }
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory FAQ index failed", e);
        }
        try {
            return new LuceneFaqRetriever(tokenizer, synonyms, directory, labels.toArray(String[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException("opening the in-memory FAQ index failed", e);
        }
    }

    /**
     * One byte array per file: reading norms and postings from it is cheaper than from the default list
     * of buffers, which showed at the top of the decision profile.
     */
    private static ByteBuffersDirectory inMemory() {
        return new ByteBuffersDirectory(
                new SingleInstanceLockFactory(), ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_BYTE_ARRAY);
    }

    private static List<LabelledText> perEntry(Collection<LabelledText> texts) {
        Map<String, StringBuilder> joined = new LinkedHashMap<>();
        Map<String, LabelledText> first = new HashMap<>();
        for (LabelledText text : texts) {
            String key = text.label() + '\u0000' + field(text.language());
            joined.computeIfAbsent(key, k -> new StringBuilder())
                    .append(text.text())
                    .append('\n');
            first.putIfAbsent(key, text);
        }
        List<LabelledText> documents = new ArrayList<>(joined.size());
        joined.forEach((key, body) -> documents.add(
                new LabelledText(first.get(key).label(), first.get(key).language(), body.toString())));
        return documents;
    }

    private static String field(Language language) {
        return language == Language.EN ? "en" : "zh";
    }

    @Override
    public List<FaqHit> search(NormalizedText query, int k) {
        String canonical = synonyms.canonicalize(query.text());
        List<String> fields =
                query.language() == Language.MIXED ? List.of("zh", "en") : List.of(field(query.language()));
        Map<String, Double> byLabel = new HashMap<>();
        double wordTotal = nearest(fields, tokenizer.terms(canonical), k, byLabel);
        if (query.language() != Language.ZH && postings.has(GRAMS)) {
            Map<String, Double> grams = new HashMap<>();
            double gramTotal = nearest(List.of(GRAMS), tokenizer.charGrams(canonical), k, grams);
            double scale = wordTotal > 0 && gramTotal > 0 ? wordTotal / gramTotal : 1;
            grams.forEach((label, score) -> byLabel.merge(label, score * scale, Double::sum));
        }
        List<FaqHit> hits = new ArrayList<>(byLabel.size());
        byLabel.forEach((label, score) -> hits.add(new FaqHit(label, score)));
        hits.sort((a, b) -> a.score() != b.score() ? Double.compare(b.score(), a.score()) : a.id().compareTo(b.id()));
        return hits;
    }

    /**
     * Adds the BM25 scores of the {@code k} nearest texts for a disjunction of the distinct terms (at most
     * {@link #MAX_QUERY_TERMS}) over the fields to their labels; returns their total.
     */
    private double nearest(List<String> fields, List<String> terms, int k, Map<String, Double> byLabel) {
        Bm25Postings.Nearest top = postings.nearest(fields, terms, MAX_QUERY_TERMS, k);
        double total = 0;
        for (int i = 0; i < top.size(); i++) {
            float score = top.scores()[i];
            byLabel.merge(labelOfDoc[top.docs()[i]], (double) score, Double::sum);
            total += score;
        }
        return total;
    }
}

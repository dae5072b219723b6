package dev.baton.faq;

import dev.baton.nlu.LabelledText;
import dev.baton.nlu.SentenceEncoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;

/**
 * The training examples as sentence vectors in Lucene's HNSW graphs, one vector field per encoder space,
 * searched for the nearest examples of a message. Vectors are unit length and compared by dot product
 * (Lucene scores it as {@code (1 + cos) / 2}; {@link #neighbours} gives the cosine back). Built by
 * {@code baton train}, which encodes every example once, and opened from {@code models/} at start, so a
 * start encodes nothing. Thread-safe for searching.
 */
public final class LuceneSemanticIndex {

    private static final String LABEL = "label";

    private final SentenceEncoder encoder;
    private final Directory directory;
    private final IndexSearcher searcher;
    private final String[] labelOfDoc;

    private LuceneSemanticIndex(SentenceEncoder encoder, Directory directory) throws IOException {
        this.encoder = encoder;
        this.directory = directory;
        this.searcher = new IndexSearcher(DirectoryReader.open(directory));
        searcher.setQueryCache(null);
        StoredFields stored = searcher.getIndexReader().storedFields();
        this.labelOfDoc = new String[searcher.getIndexReader().maxDoc()];
        for (int doc = 0; doc < labelOfDoc.length; doc++) {
            labelOfDoc[doc] = stored.document(doc).get(LABEL);
        }
    }

    /** Encodes every example in every space of the encoder and indexes it. */
    public static LuceneSemanticIndex build(List<LabelledText> examples, SentenceEncoder encoder) {
        return build(examples, vectors(examples, encoder), encoder);
    }

    /** Every example's vector in every space of the encoder: {@code vectors.get(i).get(s)}. */
    public static List<List<float[]>> vectors(List<LabelledText> examples, SentenceEncoder encoder) {
        List<List<float[]>> vectors = new ArrayList<>(examples.size());
        for (LabelledText example : examples) {
            List<float[]> perSpace = new ArrayList<>();
            for (String space : encoder.spaces()) {
                perSpace.add(encoder.encode(example.text(), space));
            }
            vectors.add(perSpace);
        }
        return vectors;
    }

    /** Indexes examples whose vectors are known already ({@code vectors.get(i).get(s)}: example i, space s). */
    public static LuceneSemanticIndex build(
            List<LabelledText> examples, List<List<float[]>> vectors, SentenceEncoder encoder) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            for (int i = 0; i < examples.size(); i++) {
                Document doc = new Document();
                doc.add(new StoredField(LABEL, examples.get(i).label()));
                for (int s = 0; s < encoder.spaces().size(); s++) {
                    doc.add(new KnnFloatVectorField(
                            field(encoder.spaces().get(s)),
                            vectors.get(i).get(s),
                            VectorSimilarityFunction.DOT_PRODUCT));
                }
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
            writer.commit();
            return new LuceneSemanticIndex(encoder, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the semantic index: " + e.getMessage(), e);
        }
    }

    /** Writes the index to a folder, replacing what is there. */
    public void save(Path dir) throws IOException {
        LuceneFaqRetriever.replaceFolder(directory, dir);
    }

    /** Opens an index written by {@link #save}, reading it into memory; the encoder must be the one it was built with. */
    public static LuceneSemanticIndex open(Path dir, SentenceEncoder encoder) throws IOException {
        ByteBuffersDirectory memory = new ByteBuffersDirectory();
        try (Directory files = FSDirectory.open(dir)) {
            for (String file : files.listAll()) {
                memory.copyFrom(files, file, file, IOContext.READONCE);
            }
        }
        return new LuceneSemanticIndex(encoder, memory);
    }

    /** The {@code k} examples nearest to a (normalised) message, nearest first, scored by cosine. */
    public List<FaqHit> neighbours(String text, int k) {
        String space = encoder.spaceOf(text);
        return neighbours(encoder.encode(text, space), space, k);
    }

    /** The space a (normalised) message is compared in. */
    public String spaceOf(String text) {
        return encoder.spaceOf(text);
    }

    /** The vector of a (normalised) message in a space, as {@link #neighbours(float[], String, int)} takes it. */
    public float[] encode(String text, String space) {
        return encoder.encode(text, space);
    }

    /** The {@code k} examples nearest to a vector of the given space, nearest first, scored by cosine. */
    public List<FaqHit> neighbours(float[] query, String space, int k) {
        try {
            TopDocs top = searcher.search(new KnnFloatVectorQuery(field(space), query, k), k);
            List<FaqHit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc hit : top.scoreDocs) {
                hits.add(new FaqHit(labelOfDoc[hit.doc], 2 * hit.score - 1));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("semantic search failed: " + e.getMessage(), e);
        }
    }

    /**
     * The vectors the index holds, per document in the order the examples were given to {@link #build}:
     * {@code vectors.get(i).get(s)}. A corpus changed by a few entries is re-indexed from these, encoding only
     * its new texts.
     */
    public List<List<float[]>> vectors() {
        try {
            List<List<float[]>> all = new ArrayList<>(labelOfDoc.length);
            for (int doc = 0; doc < labelOfDoc.length; doc++) {
                all.add(new ArrayList<>(encoder.spaces().size()));
            }
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                for (String space : encoder.spaces()) {
                    FloatVectorValues values = leaf.reader().getFloatVectorValues(field(space));
                    for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                        all.get(leaf.docBase + doc).add(values.vectorValue().clone());
                    }
                }
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the semantic index's vectors: " + e.getMessage(), e);
        }
    }

    /** The encoder the index was built with. */
    public SentenceEncoder encoder() {
        return encoder;
    }

    /** How many examples the index holds. */
    public int size() {
        return labelOfDoc.length;
    }

    private static String field(String space) {
        return "v_" + space;
    }
}

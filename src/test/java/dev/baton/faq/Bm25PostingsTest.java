package dev.baton.faq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.nlu.LuceneTokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;

class Bm25PostingsTest {

    private static final LuceneTokenizer TOKENIZER = new LuceneTokenizer();

    @Test
    void ranksAndScoresEveryQueryExactlyAsLucenesSearchOverSeveralSegments() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(index(List.of(
                "zh:客服在哪里",
                "en:where is support",
                "zh:客服回复要多久 客服",
                "en:how long to reply reply",
                "zh:你好",
                "en:hello there",
                "zh:邮件几天回",
                "en:contact customer service",
                "zh:在线客服在哪",
                "en:support support support where",
                "zh:客服",
                "en:reply")))) {
            assertThat(reader.leaves()).hasSizeGreaterThan(1);
            Bm25Postings postings = Bm25Postings.of(reader, new LeanBm25Similarity());
            List<List<String>> queries = List.of(
                    terms("客服在哪"),
                    terms("where is support"),
                    terms("support support reply hello"),
                    terms("客服 回复 support"),
                    terms("nothing matches zzz"),
                    terms("邮件 hello 在哪里 long"));
            for (List<String> query : queries) {
                for (List<String> fields : List.of(List.of("zh"), List.of("en"), List.of("zh", "en"))) {
                    for (int k : new int[] {1, 3, 20}) {
                        assertSame(postings.nearest(fields, query, 128, k), lucene(reader, fields, query, 128, k));
                    }
                }
            }
        }
    }

    @Test
    void equalScoresRankByDocumentIdAsLuceneDoes() throws IOException {
        try (DirectoryReader reader =
                DirectoryReader.open(index(List.of("en:reply fast", "en:other", "en:reply fast", "en:reply fast")))) {
            Bm25Postings postings = Bm25Postings.of(reader, new LeanBm25Similarity());
            Bm25Postings.Nearest top = postings.nearest(List.of("en"), terms("reply fast"), 128, 2);
            assertThat(top.size()).isEqualTo(2);
            assertThat(top.docs()).containsExactly(0, 2);
            assertThat(top.scores()[0]).isEqualTo(top.scores()[1]);
            assertSame(top, lucene(reader, List.of("en"), terms("reply fast"), 128, 2));
        }
    }

    @Test
    void onlyTheFirstDistinctTermsCountEvenThoseTheIndexLacks() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(index(List.of("en:reply", "en:support")))) {
            Bm25Postings postings = Bm25Postings.of(reader, new LeanBm25Similarity());
            List<String> query = terms("zzz zzz reply support");
            assertThat(postings.nearest(List.of("en"), query, 2, 5).docs()).containsExactly(0);
            assertSame(postings.nearest(List.of("en"), query, 2, 5), lucene(reader, List.of("en"), query, 2, 5));
            assertThat(postings.nearest(List.of("en"), terms("zzz"), 128, 5).size())
                    .isZero();
            assertThat(postings.nearest(List.of("fr"), terms("reply"), 128, 5).size())
                    .isZero();
            assertThatThrownBy(() -> postings.nearest(List.of("en"), query, 128, 0))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    /** The shipped index and the evaluation sets' messages: every search the retriever makes, checked. */
    @Test
    void theShippedIndexRanksEveryEvaluationMessageExactlyAsLuceneDoes() throws IOException {
        Synonyms synonyms = new FaqCorpusLoader().synonyms(Path.of("faq-corpus"));
        ObjectMapper json = new ObjectMapper();
        List<String> messages = new ArrayList<>();
        try (var files = Files.list(Path.of("faq-corpus", "eval"))) {
            for (Path file : files.sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (!line.isBlank()) {
                        messages.add(json.readTree(line).get("text").asText());
                    }
                }
            }
        }
        assertThat(messages).hasSizeGreaterThan(1_000);
        try (FSDirectory dir = FSDirectory.open(Path.of("models", "faq-index"));
                DirectoryReader reader = DirectoryReader.open(dir)) {
            Bm25Postings postings = Bm25Postings.of(reader, new LeanBm25Similarity());
            for (String message : messages) {
                List<String> query = terms(synonyms.canonicalize(message.toLowerCase(Locale.ROOT)));
                for (List<String> fields : List.of(List.of("zh"), List.of("en"), List.of("zh", "en"))) {
                    assertSame(postings.nearest(fields, query, 128, 3), lucene(reader, fields, query, 128, 3));
                }
            }
        }
    }

    private static List<String> terms(String text) {
        return TOKENIZER.terms(text);
    }

    /** Writes "field:text" documents, committing every three so the index has several segments. */
    private static ByteBuffersDirectory index(List<String> documents) throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(TOKENIZER.analyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            for (int i = 0; i < documents.size(); i++) {
                String[] parts = documents.get(i).split(":", 2);
                Document doc = new Document();
                doc.add(new TextField(parts[0], parts[1], Field.Store.NO));
                writer.addDocument(doc);
                if (i % 3 == 2) {
                    writer.commit();
                }
            }
        }
        return dir;
    }

    /** The search the retriever made before: a disjunction of term queries, Lucene's top-k collector. */
    private static TopDocs lucene(DirectoryReader reader, List<String> fields, List<String> terms, int maxTerms, int k)
            throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new LeanBm25Similarity());
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int seen = 0;
        for (String term : new LinkedHashSet<>(terms)) {
            if (seen++ == maxTerms) {
                break;
            }
            for (String field : fields) {
                query.add(new TermQuery(new Term(field, term)), BooleanClause.Occur.SHOULD);
            }
        }
        return searcher.search(query.build(), new TopScoreDocCollectorManager(k, null, k));
    }

    private static void assertSame(Bm25Postings.Nearest ours, TopDocs lucenes) {
        ScoreDoc[] expected = lucenes.scoreDocs;
        assertThat(ours.size()).isEqualTo(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(ours.docs()[i]).isEqualTo(expected[i].doc);
            assertThat(ours.scores()[i]).isEqualTo(expected[i].score);
        }
    }
}

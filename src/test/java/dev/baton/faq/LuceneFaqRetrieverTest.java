package dev.baton.faq;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.nlu.Language;
import dev.baton.nlu.LuceneTokenizer;
import dev.baton.nlu.NormalizedText;
import dev.baton.nlu.TinyModels;
import java.util.List;
import org.junit.jupiter.api.Test;

class LuceneFaqRetrieverTest {

    private final LuceneFaqRetriever retriever = LuceneFaqRetriever.build(
            TinyModels.examples(), new LuceneTokenizer(), Synonyms.of(List.of(List.of("客服", "小二"))));

    @Test
    void ranksTheClosestEntryFirstPerLanguage() {
        assertThat(retriever.search(zh("客服的入口在哪里"), 5).get(0).id()).isEqualTo("contact");
        assertThat(retriever.search(en("how long until you reply"), 5).get(0).id())
                .isEqualTo("speed");
    }

    @Test
    void synonymsBringColloquialQueriesToTheirEntry() {
        assertThat(retriever.search(zh("小二在哪"), 5).get(0).id()).isEqualTo("contact");
    }

    @Test
    void scoresAreSortedAndOnlyTheNearestCount() {
        List<FaqHit> hits = retriever.search(en("where is support how long to reply"), 3);
        assertThat(hits).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
        assertThat(hits.size()).isLessThanOrEqualTo(3);
    }

    @Test
    void aQueryWithoutTermsFindsNothing() {
        assertThat(retriever.search(en("?!"), 5)).isEmpty();
        assertThat(retriever.search(en("zzzz"), 5)).isEmpty();
    }

    @Test
    void oneDocumentPerEntryRanksEntriesTheSameWay() {
        LuceneFaqRetriever entries = LuceneFaqRetriever.build(
                TinyModels.examples(), new LuceneTokenizer(), Synonyms.none(), LuceneFaqRetriever.Options.ENTRIES);
        assertThat(entries.search(zh("客服的入口在哪里"), 3).get(0).id()).isEqualTo("contact");
        assertThat(entries.search(en("how long until you reply"), 3).get(0).id())
                .isEqualTo("speed");
        assertThat(entries.search(en("how long until you reply"), 3))
                .extracting(FaqHit::id)
                .doesNotHaveDuplicates();
    }

    @Test
    void anIndexSavedAndOpenedAgainSearchesExactlyLikeTheBuiltOne(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        retriever.save(dir);
        LuceneFaqRetriever opened =
                LuceneFaqRetriever.open(dir, new LuceneTokenizer(), Synonyms.of(List.of(List.of("客服", "小二"))));
        for (NormalizedText q : List.of(zh("小二在哪"), zh("邮件几天回"), en("how long until you reply"), en("hello"))) {
            assertThat(opened.search(q, 5)).isEqualTo(retriever.search(q, 5));
        }
    }

    @Test
    void theLeanSimilarityScoresExactlyLikeLucenesBm25() throws Exception {
        var bm25 = new org.apache.lucene.search.similarities.BM25Similarity();
        var lean = new LeanBm25Similarity();
        var collection = new org.apache.lucene.search.CollectionStatistics("zh", 40, 40, 400, 400);
        for (long df : new long[] {1, 3, 17, 40}) {
            var term = new org.apache.lucene.search.TermStatistics(new org.apache.lucene.util.BytesRef("x"), df, df);
            assertThat(lean.idfExplain(collection, term).getValue().floatValue())
                    .isEqualTo(bm25.idfExplain(collection, term).getValue().floatValue());
        }
    }

    private static NormalizedText zh(String s) {
        return new NormalizedText(s, s, Language.ZH, false);
    }

    private static NormalizedText en(String s) {
        return new NormalizedText(s, s, Language.EN, false);
    }
}

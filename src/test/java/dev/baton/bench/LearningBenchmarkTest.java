package dev.baton.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.Understanding;
import dev.baton.faq.FaqCorpus;
import dev.baton.learning.MessageGrouping;
import dev.baton.learning.MessageGrouping.Background;
import dev.baton.nlu.HashingSentenceEncoder;
import dev.baton.nlu.IcuTextNormalizer;
import dev.baton.nlu.LuceneTokenizer;
import dev.baton.nlu.ScriptLanguageDetector;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's flow over the shipped policy, a stand-in encoder and a retrain that hands back the live policy
 * (so no model is trained here): what is kept, grouped and accepted, and what is reported.
 */
class LearningBenchmarkTest {

    private static LearningCase line(String text, String expect, String topic) {
        return new LearningCase(null, text, null, expect, topic);
    }

    @Test
    void keptMessagesAreGroupedAcceptedAndEveryPolicyIsMeasuredOnBothSets() throws Exception {
        Understanding live = Understanding.load(Path.of("faq-corpus"), Path.of("models"));
        List<FaqCorpus> retrained = new ArrayList<>();
        MessageGrouping grouping = new MessageGrouping(
                new IcuTextNormalizer(new ScriptLanguageDetector()),
                new LuceneTokenizer(),
                new HashingSentenceEncoder(),
                Map.of("han", new Background(0.2, 0.1), "latin", new Background(0.2, 0.1)),
                MessageGrouping.THRESHOLD);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        LearningBenchmark benchmark = new LearningBenchmark(
                live,
                grouping,
                corpus -> {
                    retrained.add(corpus);
                    return live.policy();
                },
                new ObjectMapper(),
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        List<LearningCase> a = List.of(
                line("比特币明天会涨吗", "fallback", "price"),
                line("比特币明天能涨吗", "fallback", "price"),
                line("lianxi kefu", "faq:contact-channels", "contact-channels"),
                line("怎么联系在线客服？", "faq:contact-channels", "contact-channels"));
        List<LearningCase> b = List.of(line("以太坊明天会涨吗", "fallback", "price"));

        LearningBenchmark.Report report = benchmark.run("a", a, "b", b, List.of(1.5, 3.0));

        LearningBenchmark.Grouped groupedA = report.grouping().get(0);
        assertThat(groupedA.kept()).isEqualTo(3);
        assertThat(groupedA.keptAs()).containsEntry("fallback", 2).containsEntry("clarify", 1);
        assertThat(groupedA.cuts()).extracting(GroupingScore::threshold).containsExactly(1.5, 3.0);
        assertThat(report.acceptedFaq()).isEmpty();
        assertThat(report.acceptedDeclining()).containsEntry("out-of-scope", 2);
        assertThat(retrained).hasSize(2);
        assertThat(retrained
                        .get(1)
                        .entry("out-of-scope")
                        .orElseThrow()
                        .examples()
                        .zh())
                .contains("比特币明天会涨吗", "比特币明天能涨吗");
        assertThat(report.sets()).extracting(LearningBenchmark.SetFigures::set).containsExactly("a", "b");
        assertThat(report.sets().get(0).shipped().actionAccuracy()).isEqualTo(0.75);
        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(output).contains("a: 4 messages, 3 kept").contains("cut 1.50 (default)");
        assertThat(output.strip().lines().reduce((x, y) -> y).orElseThrow()).startsWith("{\"threshold\":1.5");
    }
}

package dev.baton.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.Understanding;
import dev.baton.conversation.Unanswered;
import dev.baton.decision.DecisionPolicy;
import dev.baton.faq.FaqCorpus;
import dev.baton.learning.MessageGrouping;
import dev.baton.nlu.IcuTextNormalizer;
import dev.baton.nlu.LuceneTokenizer;
import dev.baton.nlu.OnnxSentenceEncoder;
import dev.baton.nlu.ScriptLanguageDetector;
import dev.baton.training.EvalCase;
import dev.baton.training.EvaluationReport;
import dev.baton.training.Evaluator;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The benchmark behind {@code baton benchmark learning}: does the learning loop teach Baton? Every message of
 * both sets goes through the live policy, each on its own as the first message of a conversation; those the
 * capture rule keeps ({@link Unanswered#decision}) are grouped ({@link MessageGrouping}) and scored against
 * their labelled topics ({@link GroupingScore}) at the default cut and a small sweep of others. Then a
 * {@link SimulatedEditor} works through set A's groups: once accepting only groups about existing FAQ entries,
 * once also sending groups Baton should decline to the out-of-scope entry. Baton is retrained on each corpus
 * as a publish retrains it, and action accuracy and urgent recall are measured on set A (where the examples
 * came from) and set B (held out). A control, retrained on the unchanged corpus, separates what the examples
 * did from what retraining alone does.
 */
public final class LearningBenchmark {

    /** Accuracy and urgent recall of one policy on one set. */
    public record Figures(double actionAccuracy, Double urgentRecall) {
        static Figures of(EvaluationReport r) {
            return new Figures(r.actionAccuracy(), r.urgentRecall());
        }
    }

    /**
     * One set's figures: the shipped model, retrained without new examples (the control), retrained with the
     * FAQ editor's examples, and with the examples of the editor who also teaches Baton what to decline.
     */
    public record SetFigures(String set, int cases, Figures shipped, Figures control, Figures faq, Figures declining) {}

    /** How one set's kept messages group: how many were kept, as what, and the score at every cut swept. */
    public record Grouped(String set, int messages, int kept, Map<String, Integer> keptAs, List<GroupingScore> cuts) {}

    /** Everything measured. */
    public record Report(
            double threshold,
            List<Grouped> grouping,
            Map<String, Integer> acceptedFaq,
            Map<String, Integer> acceptedDeclining,
            List<SetFigures> sets) {}

    /**
     * The benchmark over the shipped understanding in {@code corpus} and {@code models}, grouping as the server
     * does, and retraining as a publish does: the knowledge editor's fast path ({@code PolicyBuilder#train}).
     */
    public static LearningBenchmark load(Path corpus, Path models, ObjectMapper json, PrintStream out) {
        Understanding live = Understanding.load(corpus, models);
        MessageGrouping grouping = MessageGrouping.standard(
                new IcuTextNormalizer(new ScriptLanguageDetector()), new LuceneTokenizer(), OnnxSentenceEncoder.load());
        return new LearningBenchmark(
                live, grouping, c -> live.builder().train(c).policy(), json, out);
    }

    private final Understanding live;
    private final MessageGrouping grouping;
    private final Function<FaqCorpus, DecisionPolicy> retrain;
    private final ObjectMapper json;
    private final PrintStream out;

    public LearningBenchmark(
            Understanding live,
            MessageGrouping grouping,
            Function<FaqCorpus, DecisionPolicy> retrain,
            ObjectMapper json,
            PrintStream out) {
        this.live = live;
        this.grouping = grouping;
        this.retrain = retrain;
        this.json = json;
        this.out = out;
    }

    /** Runs the benchmark; prints the figures, the last line as JSON. */
    public Report run(String nameA, List<LearningCase> a, String nameB, List<LearningCase> b, List<Double> sweep)
            throws Exception {
        CapturedSet capturedA = CapturedSet.of(nameA, a, live.policy(), grouping);
        CapturedSet capturedB = CapturedSet.of(nameB, b, live.policy(), grouping);
        List<Grouped> grouped = new ArrayList<>();
        for (CapturedSet set : List.of(capturedA, capturedB)) {
            out.printf(
                    "%s: %d messages, %d kept by the capture rule %s%n",
                    set.name(), set.messages(), set.kept().size(), set.capturedAs());
            List<GroupingScore> scores = new ArrayList<>();
            for (double t : sweep) {
                GroupingScore s = set.score(grouping, t);
                scores.add(s);
                out.printf(
                        "  cut %.2f%s: %d groups of two or more, coverage %.3f, purity %.3f%n",
                        t, t == MessageGrouping.THRESHOLD ? " (default)" : "", s.groups(), s.coverage(), s.purity());
            }
            grouped.add(new Grouped(set.name(), set.messages(), set.kept().size(), set.capturedAs(), scores));
        }
        List<List<Integer>> groups = capturedA.groups(grouping, MessageGrouping.THRESHOLD);
        SimulatedEditor.Result faq =
                SimulatedEditor.accept(live.corpus(), capturedA.kept(), groups, SimulatedEditor.Scope.FAQ);
        SimulatedEditor.Result declining = SimulatedEditor.accept(
                live.corpus(), capturedA.kept(), groups, SimulatedEditor.Scope.WITH_OUT_OF_SCOPE);
        out.printf("the FAQ editor accepted %d examples from %s: %s%n", faq.total(), nameA, faq.accepted());
        out.printf("the editor who also declines accepted %d: %s%n", declining.total(), declining.accepted());

        DecisionPolicy control = retrain.apply(live.corpus());
        DecisionPolicy withFaq = faq.total() == 0 ? control : retrain.apply(faq.corpus());
        DecisionPolicy withDeclining = declining.total() == faq.total() ? withFaq : retrain.apply(declining.corpus());
        List<SetFigures> sets = new ArrayList<>();
        for (Map.Entry<String, List<LearningCase>> set : List.of(Map.entry(nameA, a), Map.entry(nameB, b))) {
            List<EvalCase> cases = set.getValue().stream()
                    .map(c -> new EvalCase(c.text(), c.expect(), c.lang()))
                    .toList();
            SetFigures f = new SetFigures(
                    set.getKey(),
                    cases.size(),
                    figures(live.policy(), cases),
                    figures(control, cases),
                    figures(withFaq, cases),
                    figures(withDeclining, cases));
            sets.add(f);
            out.printf(
                    "%s (%d): action accuracy / urgent recall: shipped %s, retrained %s, with FAQ examples %s,"
                            + " also declining %s%n",
                    f.set(), f.cases(), show(f.shipped()), show(f.control()), show(f.faq()), show(f.declining()));
        }
        Report report = new Report(MessageGrouping.THRESHOLD, grouped, faq.accepted(), declining.accepted(), sets);
        out.println(json.writeValueAsString(report));
        return report;
    }

    private static Figures figures(DecisionPolicy policy, List<EvalCase> cases) {
        return Figures.of(new Evaluator(policy).evaluate(cases));
    }

    private static String show(Figures f) {
        return String.format(
                Locale.ROOT,
                "%.3f / %s",
                f.actionAccuracy(),
                f.urgentRecall() == null ? "-" : String.format(Locale.ROOT, "%.3f", f.urgentRecall()));
    }
}

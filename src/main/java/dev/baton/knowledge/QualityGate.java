package dev.baton.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.decision.ActionLabel;
import dev.baton.decision.DecisionPolicy;
import dev.baton.faq.FaqCorpus;
import dev.baton.training.DevSplit;
import dev.baton.training.EvalCase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Decides whether a draft may go live, by deciding every message of the evaluation sets with the live policy
 * and with the draft's: the draft corpus's own held-out dev lines and every set in the corpus folder's
 * {@code eval/} (the realistic set and the blind sets). A draft is refused when, on any set:
 *
 * <ul>
 *   <li>it hands off urgently a smaller share of the messages whose money is at risk than the live one (where
 *       the live policy catches them all, as on the dev lines, every one must still be caught);
 *   <li>it answers with a FAQ more of the messages it should not answer (out of scope) than the live one;
 *   <li>its action accuracy falls by more than the margin.
 * </ul>
 *
 * <p>The report gives figures only: blind sets' messages are never shown to the people who edit the corpus,
 * or they would stop being blind.
 */
public final class QualityGate {

    /** A named evaluation set. */
    public record EvalSet(String name, List<EvalCase> cases) {
        public EvalSet {
            cases = List.copyOf(cases);
        }
    }

    /** How a policy did on one set. */
    public record Figures(double actionAccuracy, Double urgentRecall, int outOfScopeAnswered) {}

    public record SetResult(String name, int cases, Figures live, Figures draft) {}

    /** What the gate found; {@code reasons} are empty when it passed. */
    public record Report(boolean passed, double margin, List<String> reasons, List<SetResult> sets) {}

    private final List<EvalSet> sets;
    private final double margin;

    /**
     * @param sets   the fixed sets (the dev lines are added per draft)
     * @param margin how far action accuracy may fall on any set, as a share (0.01 is one point)
     */
    public QualityGate(List<EvalSet> sets, double margin) {
        if (margin < 0 || margin > 1) {
            throw new IllegalArgumentException("the gate's margin is a share between 0 and 1: " + margin);
        }
        this.sets = List.copyOf(sets);
        this.margin = margin;
    }

    public Report check(DecisionPolicy live, DecisionPolicy draft, FaqCorpus draftCorpus) {
        List<EvalSet> all = new ArrayList<>();
        all.add(new EvalSet("dev", DevSplit.cases(draftCorpus)));
        all.addAll(sets);
        List<SetResult> results = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (EvalSet set : all) {
            if (set.cases().isEmpty()) {
                continue;
            }
            Figures before = figures(live, set.cases());
            Figures after = figures(draft, set.cases());
            results.add(new SetResult(set.name(), set.cases().size(), before, after));
            if (before.urgentRecall() != null && after.urgentRecall() < before.urgentRecall()) {
                reasons.add(String.format(
                        Locale.ROOT,
                        "urgent recall on %s would fall from %.3f to %.3f: messages about money at risk would no"
                                + " longer all reach a person at once",
                        set.name(),
                        before.urgentRecall(),
                        after.urgentRecall()));
            }
            if (after.outOfScopeAnswered() > before.outOfScopeAnswered()) {
                reasons.add(String.format(
                        Locale.ROOT,
                        "%s: %d out-of-scope messages would get a FAQ answer, against %d now",
                        set.name(),
                        after.outOfScopeAnswered(),
                        before.outOfScopeAnswered()));
            }
            if (after.actionAccuracy() < before.actionAccuracy() - margin - 1e-9) {
                reasons.add(String.format(
                        Locale.ROOT,
                        "action accuracy on %s would fall from %.3f to %.3f, more than the %.3f allowed",
                        set.name(),
                        before.actionAccuracy(),
                        after.actionAccuracy(),
                        margin));
            }
        }
        return new Report(reasons.isEmpty(), margin, reasons, results);
    }

    static Figures figures(DecisionPolicy policy, List<EvalCase> cases) {
        int correct = 0;
        int urgent = 0;
        int urgentCaught = 0;
        int outOfScopeAnswered = 0;
        for (EvalCase c : cases) {
            String actual = ActionLabel.of(policy.decide(c.text()).decision());
            correct += actual.equals(c.expect()) ? 1 : 0;
            if (c.expect().equals(ActionLabel.URGENT)) {
                urgent++;
                urgentCaught += actual.equals(ActionLabel.URGENT) ? 1 : 0;
            }
            if (c.expect().equals(ActionLabel.FALLBACK) && actual.startsWith("faq:")) {
                outOfScopeAnswered++;
            }
        }
        return new Figures(
                round(correct / (double) cases.size()),
                urgent == 0 ? null : round(urgentCaught / (double) urgent),
                outOfScopeAnswered);
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    /** Every {@code *.jsonl} set in a folder, by file name, skipping lines without a valid text and label. */
    public static List<EvalSet> read(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        ObjectMapper json = new ObjectMapper();
        List<EvalSet> sets = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                List<EvalCase> cases = new ArrayList<>();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode node = json.readTree(line);
                    String text = node.path("text").asText(null);
                    String expect = node.path("expect").asText(null);
                    if (text != null && expect != null && ActionLabel.isValid(expect)) {
                        cases.add(new EvalCase(text, expect, node.path("lang").asText(null)));
                    }
                }
                sets.add(new EvalSet(file.getFileName().toString().replaceFirst("\\.jsonl$", ""), cases));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the evaluation sets in " + dir + ": " + e.getMessage(), e);
        }
        return sets;
    }
}

package dev.baton.bench;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.Understanding;
import dev.baton.training.DecisionBenchmark;
import dev.baton.training.DevSplit;
import dev.baton.training.EvalCase;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark behind {@code baton benchmark decisions}: start-up time (load the model and build the index, in
 * a fresh JVM) and the latency of single decisions after warm-up, over the dev split and any further messages.
 */
public final class SpeedBenchmark {

    @JsonPropertyOrder({"dataset", "startupMillis", "decisions", "latencyMedianMicros", "latencyP99Micros"})
    record Result(String dataset, long startupMillis, int decisions, long latencyMedianMicros, long latencyP99Micros) {}

    private final ObjectMapper json;
    private final PrintStream out;

    public SpeedBenchmark(ObjectMapper json, PrintStream out) {
        this.json = json;
        this.out = out;
    }

    /**
     * Loads Baton's understanding from {@code corpus} and {@code models}, then times {@code rounds} passes over
     * the dev split's messages and {@code more}; prints the figures, the last line as JSON.
     */
    public int run(Path corpus, Path models, List<String> more, int rounds) throws Exception {
        long start = System.nanoTime();
        Understanding understanding = Understanding.load(corpus, models);
        long startupMillis = (System.nanoTime() - start) / 1_000_000;
        out.printf("start-up (corpus, model, index, safety): %d ms%n", startupMillis);
        List<String> messages = new ArrayList<>();
        for (EvalCase c : DevSplit.cases(understanding.corpus())) {
            messages.add(c.text());
        }
        messages.addAll(more);
        // Warm up long enough for the JIT to settle: about 40 passes over a few hundred messages.
        DecisionBenchmark.Result r = new DecisionBenchmark(understanding.policy()).run(messages, 2 * rounds, rounds);
        out.printf(
                "%d decisions over %d messages: median %d us, p90 %d us, p99 %d us, max %d us%n",
                r.decisions(), messages.size(), r.medianMicros(), r.p90Micros(), r.p99Micros(), r.maxMicros());
        DecisionBenchmark.Result g = new DecisionBenchmark(understanding.policy()).guard(messages, 2 * rounds, rounds);
        out.printf(
                "secret guard, %d messages: median %d us, p90 %d us, p99 %d us, max %d us%n",
                g.decisions(), g.medianMicros(), g.p90Micros(), g.p99Micros(), g.maxMicros());
        out.println(json.writeValueAsString(
                new Result("decisions", startupMillis, r.decisions(), r.medianMicros(), r.p99Micros())));
        return 0;
    }
}

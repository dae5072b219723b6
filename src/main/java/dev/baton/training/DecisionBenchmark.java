package dev.baton.training;

import dev.baton.decision.DecisionPolicy;
import dev.baton.safety.ScanContext;
import dev.baton.safety.SecretScanner;
import java.util.List;

/**
 * Times single decisions in-process after warm-up: the whole path a message takes (secret scan,
 * normalisation, rules, classifier, retriever, decision), one thread, one message at a time.
 */
public final class DecisionBenchmark {

    /** Latency figures in microseconds over {@code decisions} timed calls. */
    public record Result(int decisions, long medianMicros, long p90Micros, long p99Micros, long maxMicros) {}

    private final DecisionPolicy policy;

    public DecisionBenchmark(DecisionPolicy policy) {
        this.policy = policy;
    }

    /** Runs {@code warmupRounds} untimed then {@code rounds} timed passes over the messages. */
    public Result run(List<String> messages, int warmupRounds, int rounds) {
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("no messages to time");
        }
        int sink = 0;
        for (int r = 0; r < warmupRounds; r++) {
            for (String message : messages) {
                sink += policy.decide(message).text().length();
            }
        }
        long[] nanos = new long[messages.size() * rounds];
        int i = 0;
        for (int r = 0; r < rounds; r++) {
            for (String message : messages) {
                long start = System.nanoTime();
                sink += policy.decide(message).text().length();
                nanos[i++] = System.nanoTime() - start;
            }
        }
        if (sink == 42) {
            System.out.print(""); // keeps the results alive for the JIT
        }
        Percentiles p = new Percentiles(nanos);
        return new Result(nanos.length, p.at(50) / 1000, p.at(90) / 1000, p.at(99) / 1000, p.at(100) / 1000);
    }

    /**
     * Times the secret guard's own work on each message, as a conversation does it before the decision: the
     * scan that would hold parts of a secret, and the scan of the message on its own.
     */
    public Result guard(List<String> messages, int warmupRounds, int rounds) {
        SecretScanner scanner = policy.scanner();
        ScanContext open = new ScanContext(true, false);
        int sink = 0;
        for (int r = 0; r < warmupRounds; r++) {
            for (String message : messages) {
                sink += scanner.scan(message, open).findings().size()
                        + scanner.scan(message).redacted().length();
            }
        }
        long[] nanos = new long[messages.size() * rounds];
        int i = 0;
        for (int r = 0; r < rounds; r++) {
            for (String message : messages) {
                long start = System.nanoTime();
                sink += scanner.scan(message, open).findings().size()
                        + scanner.scan(message).redacted().length();
                nanos[i++] = System.nanoTime() - start;
            }
        }
        if (sink == 42) {
            System.out.print("");
        }
        Percentiles p = new Percentiles(nanos);
        return new Result(nanos.length, p.at(50) / 1000, p.at(90) / 1000, p.at(99) / 1000, p.at(100) / 1000);
    }
}

package dev.baton.bench.swap;

import dev.baton.training.Percentiles;
import java.util.Locale;

/** Nearest-rank latency figures in milliseconds of the turns of one phase. */
record SwapLatency(int count, double p50, double p99, double max) {

    static final SwapLatency NONE = new SwapLatency(0, 0, 0, 0);

    static SwapLatency of(long[] nanos) {
        if (nanos.length == 0) {
            return NONE;
        }
        Percentiles p = new Percentiles(nanos);
        return new SwapLatency(nanos.length, ms(p.at(50)), ms(p.at(99)), ms(p.at(100)));
    }

    String text() {
        return count == 0
                ? "no turns"
                : String.format(Locale.ROOT, "%,7d turns, p50 %.2f, p99 %.2f, max %.2f", count, p50, p99, max);
    }

    static double ms(long nanos) {
        return Math.round(nanos / 1e4) / 100.0;
    }
}

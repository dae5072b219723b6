package dev.baton.bench.start;

import dev.baton.StartupPhases;
import java.util.Map;

/**
 * One measured start.
 *
 * @param build   the build started: its jar, or {@code this build}
 * @param mode    {@code fresh} (a new data directory or schema) or {@code restart} (the one the start before left)
 * @param healthy ms from spawning the JVM to the first 200 from {@code /health}
 * @param cpu     the server's CPU time (user and system, all threads) by then, in ms
 * @param peakRss the server's peak resident memory by then, in MB
 * @param phases  what the server logged of its start, by phase name
 */
public record StartSample(
        String build,
        String mode,
        double healthy,
        double cpu,
        double peakRss,
        Map<String, StartupPhases.Phase> phases) {

    public StartSample {
        phases = Map.copyOf(phases);
    }
}

package dev.baton;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a start spent its time on: named phases, each with when it began and how long it took, in milliseconds
 * from the JVM's start. Phases may overlap (the store opens beside the understanding). {@link #line()} writes
 * them as {@code name=START+TOOK} pairs, one line that {@link #parse} reads back: how {@code baton starttest}
 * learns a spawned server's phases from its {@code dev.baton.startup} log.
 */
public final class StartupPhases {

    /**
     * One phase: its start and its length, in ms from the JVM's start, and the CPU time its thread spent in it
     * (ms; 0 where unknown, as for a phase timed across threads).
     */
    public record Phase(String name, double start, double took, double cpu) {
        public double end() {
            return start + took;
        }
    }

    /** What {@link #line()} begins with. */
    public static final String PREFIX = "phases ";

    private static final Pattern PAIR = Pattern.compile("([a-z][a-z.]*)=([0-9.]+)\\+([0-9.]+)/([0-9.]+)");

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** The JVM's start on {@link System#nanoTime()}'s scale. */
    private final long jvmStart;

    private final List<Phase> phases = new ArrayList<>();

    private StartupPhases(long jvmStart) {
        this.jvmStart = jvmStart;
    }

    /** Phases of this JVM's start; the first, {@code jvm}, runs from the JVM's start to now. */
    public static StartupPhases sinceJvmStart() {
        long now = System.nanoTime();
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        StartupPhases phases = new StartupPhases(now - uptime * 1_000_000);
        phases.record("jvm", phases.jvmStart, now, THREADS.getCurrentThreadCpuTime());
        return phases;
    }

    /** Phases counted from now, for a start inside a running JVM (a test, a tool). */
    public static StartupPhases sinceNow() {
        return new StartupPhases(System.nanoTime());
    }

    /** Runs {@code work} on this thread as the phase {@code name}. */
    public <T> T time(String name, Supplier<T> work) {
        long start = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        try {
            return work.get();
        } finally {
            record(name, start, System.nanoTime(), THREADS.getCurrentThreadCpuTime() - cpu);
        }
    }

    /** Records the phase {@code name} between two readings of {@link System#nanoTime()}. */
    public void record(String name, long startNanos, long endNanos) {
        record(name, startNanos, endNanos, 0);
    }

    private void record(String name, long startNanos, long endNanos, long cpuNanos) {
        Phase phase = new Phase(name, millis(startNanos - jvmStart), millis(endNanos - startNanos), millis(cpuNanos));
        synchronized (phases) {
            phases.add(phase);
        }
    }

    /** The phases recorded so far, in the order they ended. */
    public List<Phase> phases() {
        synchronized (phases) {
            return List.copyOf(phases);
        }
    }

    /** {@code phases jvm=0.0+312.4/250.0 store.pool=330.1+95.0/0.0 ...}: every phase, as {@link #parse} reads it. */
    public String line() {
        StringBuilder line = new StringBuilder(PREFIX.strip());
        for (Phase p : phases()) {
            line.append(String.format(Locale.ROOT, " %s=%.1f+%.1f/%.1f", p.name(), p.start(), p.took(), p.cpu()));
        }
        return line.toString();
    }

    /** The phases of a {@link #line()}, by name (the last of a name wins); empty when it holds none. */
    public static Map<String, Phase> parse(String line) {
        Map<String, Phase> found = new LinkedHashMap<>();
        int at = line.indexOf(PREFIX);
        if (at < 0) {
            return found;
        }
        Matcher m = PAIR.matcher(line.substring(at + PREFIX.length()));
        while (m.find()) {
            found.put(m.group(1), new Phase(m.group(1), number(m.group(2)), number(m.group(3)), number(m.group(4))));
        }
        return found;
    }

    private static double number(String digits) {
        return Double.parseDouble(digits);
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}

package dev.baton.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.stream.Stream;

/** What Linux's {@code /proc} says about a process: resident memory and CPU time. Empty elsewhere. */
public final class LoadProc {

    // USER_HZ: the unit of utime and stime in /proc/PID/stat; 100 on every mainstream Linux build.
    private static final long TICKS_PER_SECOND = 100;

    private final Path dir;

    public LoadProc(long pid) {
        this.dir = Path.of("/proc", Long.toString(pid));
    }

    boolean exists() {
        return Files.isDirectory(dir);
    }

    /** Peak resident set size ({@code VmHWM}) in kB. */
    public OptionalLong peakRssKb() {
        return statusKb("VmHWM:");
    }

    /** Current resident set size ({@code VmRSS}) in kB. */
    OptionalLong rssKb() {
        return statusKb("VmRSS:");
    }

    /** User plus system CPU time so far, in nanoseconds. */
    public OptionalLong cpuNanos() {
        try {
            String stat = Files.readString(dir.resolve("stat"));
            // The command name (field 2) may hold spaces; fields after its closing parenthesis are fixed.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return OptionalLong.of(ticks * 1_000_000_000L / TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * CPU time used so far by every process of this machine named {@code postgres}: the postmaster, its
     * backends and its background workers, with what backends that have already ended used (counted in the
     * postmaster's children's time once reaped), so the sum only grows. Empty when there is none, or no
     * {@code /proc}. It counts every client's work, not only one server's.
     */
    public static OptionalLong postgresCpuNanos() {
        long ticks = 0;
        boolean found = false;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path dir : (Iterable<Path>) processes::iterator) {
                String[] fields = statFields(dir, "(postgres)");
                if (fields != null) {
                    found = true;
                    ticks += Long.parseLong(fields[11])
                            + Long.parseLong(fields[12])
                            + Long.parseLong(fields[13])
                            + Long.parseLong(fields[14]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
        return found ? OptionalLong.of(ticks * 1_000_000_000L / TICKS_PER_SECOND) : OptionalLong.empty();
    }

    /** The fields after the command name of a process named {@code name}; null for another or one gone. */
    private static String[] statFields(Path dir, String name) {
        String stat;
        try {
            stat = Files.readString(dir.resolve("stat"));
        } catch (IOException | RuntimeException e) {
            return null; // not a process, or one that ended since the listing
        }
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        if (open < 0 || close < open || !stat.substring(open, close + 1).equals(name)) {
            return null;
        }
        return stat.substring(close + 2).split(" ");
    }

    /** CPU time all processes on this machine have used so far (user, nice, system, irq, softirq), in ns. */
    public static OptionalLong machineBusyNanos() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).split("\\s+");
            long ticks = Long.parseLong(f[1])
                    + Long.parseLong(f[2])
                    + Long.parseLong(f[3])
                    + Long.parseLong(f[6])
                    + Long.parseLong(f[7]);
            return OptionalLong.of(ticks * 1_000_000_000L / TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    private OptionalLong statusKb(String key) {
        try {
            for (String line : Files.readAllLines(dir.resolve("status"))) {
                if (line.startsWith(key)) {
                    return OptionalLong.of(Long.parseLong(
                            line.substring(key.length()).replace("kB", "").strip()));
                }
            }
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }
}

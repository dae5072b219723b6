package dev.baton.bench.sitting;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.time.ZonedDateTime;

/**
 * The machine a sitting ran on and how busy it was, for the table's header: the figures mean little without it.
 *
 * @param memoryBytes the machine's memory; 0 when unknown
 * @param loadBefore  the load average over the minute before the sitting; negative when unknown
 * @param loadAfter   the same at its end
 */
record SittingMachine(
        ZonedDateTime started,
        int cores,
        long memoryBytes,
        String os,
        String jvm,
        double loadBefore,
        double loadAfter) {

    /** This machine, its JVM and the load averages taken around the sitting. */
    static SittingMachine current(ZonedDateTime started, double loadBefore, double loadAfter) {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        long memory = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() : 0;
        return new SittingMachine(
                started,
                Runtime.getRuntime().availableProcessors(),
                memory,
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + os.getArch(),
                System.getProperty("java.vm.name") + " " + Runtime.version(),
                loadBefore,
                loadAfter);
    }
}

package dev.baton.bench.load;

import java.util.Map;

/**
 * How {@code baton serve} is meant to be run, as the load tools spawn it: the environment its JVM starts with.
 * The documented command ({@code docs/operations.md}, "Running the server") sets the same.
 *
 * <p>glibc's allocator is tuned by environment variables read when the process starts, so the launcher has to
 * set them; nothing inside the JVM can. Measured under the load test (docs/performance.md, "Memory"): glibc
 * gives each busy thread an arena of its own, up to 8 per core, and keeps what it freed in each; two arenas
 * cut the server's peak RSS by about 35 MB. (A fixed mapping threshold, which gives large blocks back when
 * freed, saved 28 MB more when loading the sentence models but cost the embedded store about 40% more CPU a
 * turn under load, so it is left at glibc's.)
 */
public final class ServeLaunch {

    /** The allocator's settings, as environment variables. */
    public static final Map<String, String> MALLOC = Map.of("MALLOC_ARENA_MAX", "2");

    private ServeLaunch() {}

    /** The settings as a shell prefix, {@code NAME=VALUE}. */
    public static String shellPrefix() {
        return "MALLOC_ARENA_MAX=" + MALLOC.get("MALLOC_ARENA_MAX");
    }
}

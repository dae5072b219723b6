package dev.baton.bench.load;

import java.util.Map;

/**
 * How {@code baton serve} is meant to be run, as the load tools spawn it: the environment its JVM starts with.
 * The documented command ({@code docs/operations.md}, "Running the server") sets the same.
 *
 * <p>glibc's allocator is tuned by environment variables read when the process starts, so the launcher has to
 * set them; nothing inside the JVM can. Measured under the load test (docs/performance.md, "Memory"): glibc
 * gives each busy thread an arena of its own, up to 8 per core, and keeps what it freed in each; two arenas
 * cut the server's peak RSS by about 35 MB. ONNX Runtime copies each sentence model two or three times while
 * loading it and frees the copies; with the mapping threshold fixed, blocks of 128 KB or more get mappings of
 * their own and go back to the system when freed, instead of staying in the arena (about 28 MB after loading
 * both models).
 */
public final class ServeCommand {

    /** The allocator's settings, as environment variables. */
    public static final Map<String, String> MALLOC =
            Map.of("MALLOC_ARENA_MAX", "2", "MALLOC_MMAP_THRESHOLD_", "131072");

    private ServeCommand() {}

    /** The settings as a shell prefix, {@code NAME=VALUE NAME=VALUE}, in a stable order. */
    public static String shellPrefix() {
        return "MALLOC_ARENA_MAX=" + MALLOC.get("MALLOC_ARENA_MAX") + " MALLOC_MMAP_THRESHOLD_="
                + MALLOC.get("MALLOC_MMAP_THRESHOLD_");
    }
}

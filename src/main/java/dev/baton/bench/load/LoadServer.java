package dev.baton.bench.load;

import dev.baton.bench.BenchException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The server under load: a Baton spawned as a child JVM on a free loopback port with a fresh data folder
 * (destroyed, with the folder, on close), or one already running at a loopback URL.
 */
public final class LoadServer implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final List<String> PASSED_THROUGH =
            List.of("BATON_CORPUS_DIR", "BATON_MODELS_DIR", "BATON_DB_PASSWORD");

    private final URI base;
    private final Long pid;
    private final Process process;
    private final Path dir;
    private final Map<String, String> store;
    private final Thread reaper;
    private boolean keepLog;

    private LoadServer(URI base, Long pid, Process process, Path dir, Map<String, String> store) {
        this.base = base;
        this.pid = pid;
        this.process = process;
        this.dir = dir;
        this.store = store;
        // Destroys the child even when this JVM is interrupted (Ctrl-C) rather than left to finish its run.
        this.reaper = process == null ? null : new Thread(this::reap, "loadtest-reaper");
        if (reaper != null) {
            Runtime.getRuntime().addShutdownHook(reaper);
        }
    }

    /** A server already running at {@code options.url()}; it must answer {@code /health}. */
    static LoadServer external(LoadOptions options, LoadClient client) {
        if (options.serverPid() != null && !new LoadProc(options.serverPid()).exists()) {
            throw new BenchException("--server-pid " + options.serverPid() + ": no such process");
        }
        LoadServer server = new LoadServer(options.url(), options.serverPid(), null, null, Map.of());
        if (server.health(client) != 200) {
            throw new BenchException("no healthy Baton at " + options.url() + " (GET /health did not answer 200)");
        }
        return server;
    }

    /** {@link #spawn(String, String, String, ServerEnv, LoadClient, PrintStream)} with no extra settings. */
    public static LoadServer spawn(String heap, String dbUrl, String dbUser, LoadClient client, PrintStream err)
            throws IOException, InterruptedException {
        return spawn(heap, dbUrl, dbUser, ServerEnv.NONE, client, err);
    }

    /**
     * Spawns {@code baton serve} with {@code -Xmx heap} and {@link ServeLaunch#MALLOC} on the embedded store in a fresh data folder, or (given
     * {@code dbUrl}) on a fresh schema of that PostgreSQL database, with {@code extra} settings on top of the
     * tools' own, and waits until it is healthy.
     */
    public static LoadServer spawn(
            String heap, String dbUrl, String dbUser, ServerEnv extra, LoadClient client, PrintStream err)
            throws IOException, InterruptedException {
        return spawn(List.of("dev.baton.cli.Cli", "serve"), heap, dbUrl, dbUser, extra, client, err);
    }

    /**
     * Spawns another server from this class path as Baton is spawned, with the same heap and the same address
     * settings ({@code BATON_HOST}, {@code BATON_PORT}): {@code mainClass} must answer {@code GET /health}.
     */
    public static LoadServer spawnClass(String mainClass, String heap, LoadClient client, PrintStream err)
            throws IOException, InterruptedException {
        return spawn(List.of(mainClass), heap, null, null, ServerEnv.NONE, client, err);
    }

    private static LoadServer spawn(
            List<String> main,
            String heap,
            String dbUrl,
            String dbUser,
            ServerEnv extra,
            LoadClient client,
            PrintStream err)
            throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("baton-loadtest-");
        int port = LoadPlaces.freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-cp",
                System.getProperty("java.class.path")));
        command.addAll(main);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("server.log").toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("BATON_") && !PASSED_THROUGH.contains(k));
        env.putAll(ServeLaunch.MALLOC);
        env.put("BATON_HOST", "127.0.0.1");
        env.put("BATON_PORT", Integer.toString(port));
        env.put("BATON_DATA_DIR", dir.resolve("data").toString());
        env.put("BATON_CONVERSATION_TURNS_PER_MINUTE", "100000");
        env.put("BATON_IP_REQUESTS_PER_MINUTE", "10000000");
        env.putAll(extra.values());
        if (dbUrl != null) {
            env.put("BATON_DB_URL", LoadPlaces.freshSchema(dbUrl));
            if (dbUser != null) {
                env.put("BATON_DB_USER", dbUser);
            }
        } else {
            env.remove("BATON_DB_PASSWORD");
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            LoadPlaces.delete(dir);
            throw new BenchException("cannot start " + builder.command().get(0) + ": " + e.getMessage(), e);
        }
        Map<String, String> store = new HashMap<>();
        env.forEach((k, v) -> {
            if (k.equals("BATON_DATA_DIR") || k.startsWith("BATON_DB_")) {
                store.put(k, v);
            }
        });
        LoadServer server =
                new LoadServer(URI.create("http://127.0.0.1:" + port), null, process, dir, Map.copyOf(store));
        try {
            server.awaitHealthy(client, err);
            return server;
        } catch (RuntimeException | InterruptedException e) {
            server.close();
            throw e;
        }
    }

    private void awaitHealthy(LoadClient client, PrintStream err) throws InterruptedException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw failed("the server exited with status " + process.exitValue() + " while starting", err);
            }
            if (health(client) == 200) {
                return;
            }
            Thread.sleep(200);
        }
        throw failed("the server was not healthy within " + STARTUP.toSeconds() + " s", err);
    }

    private int health(LoadClient client) {
        try {
            return client.get(base.resolve(base.getPath() + "/health")).status();
        } catch (IOException e) {
            return -1;
        }
    }

    /** Prints the end of the server's log and keeps it; the one-line exception names it. */
    public BenchException failed(String what, PrintStream err) {
        if (process == null) {
            return new BenchException(what);
        }
        keepLog = true;
        Path log = log();
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            err.println("--- last lines of " + log);
            lines.subList(Math.max(0, lines.size() - 30), lines.size()).forEach(err::println);
            err.println("---");
        } catch (IOException | UncheckedIOException e) {
            err.println("(cannot read " + log + ": " + e.getMessage() + ")");
        }
        return new BenchException(what + "; server log: " + log);
    }

    public URI base() {
        return base;
    }

    /**
     * The store settings a spawned server was given ({@code BATON_DATA_DIR}, {@code BATON_DB_*}), for opening
     * its store beside it; empty for a server already running.
     */
    public Map<String, String> storeSettings() {
        return store;
    }

    /** The server's process id, when known. */
    public Long pid() {
        return process != null ? Long.valueOf(process.pid()) : pid;
    }

    public boolean alive() {
        return process != null ? process.isAlive() : pid == null || new LoadProc(pid).exists();
    }

    /** How the server ended, when it did. */
    public String exit() {
        if (process == null) {
            return "(process " + pid + ") went away";
        }
        return process.isAlive() ? "is running" : "exited with status " + process.exitValue();
    }

    /**
     * Asks a spawned server to stop as an orchestrator does: SIGTERM, which runs its shutdown hook. Returns at
     * once; {@link #awaitExit} waits for the process to end.
     */
    public void terminate() {
        if (process == null || !process.supportsNormalTermination()) {
            throw new BenchException("cannot send SIGTERM to the server: "
                    + (process == null ? "not spawned here" : "this platform ends processes only forcibly"));
        }
        process.destroy();
    }

    /** Kills a spawned server as a crash would: SIGKILL ({@code kill -9}), no shutdown hook; waits until it is gone. */
    public void kill() throws InterruptedException {
        if (process == null) {
            throw new BenchException("cannot kill the server: not spawned here");
        }
        process.destroyForcibly();
        process.waitFor();
    }

    /** The spawned server's port. */
    public int port() {
        return base.getPort();
    }

    /** Waits up to {@code limit} for a spawned server to exit; returns its exit status, or null if it did not. */
    public Integer awaitExit(Duration limit) throws InterruptedException {
        return process.waitFor(limit.toNanos(), TimeUnit.NANOSECONDS) ? process.exitValue() : null;
    }

    Path log() {
        return dir == null ? null : dir.resolve("server.log");
    }

    @Override
    public void close() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook runs anyway.
        }
        LoadPlaces.delete(keepLog ? dir.resolve("data") : dir);
    }

    private void reap() {
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
            LoadPlaces.delete(dir.resolve("data"));
        } catch (InterruptedException | UncheckedIOException e) {
            // The JVM is going down; what is left lies in a temporary folder.
        }
    }
}

package dev.baton.bench.start;

import dev.baton.StartupPhases;
import dev.baton.bench.BenchException;
import dev.baton.bench.load.LoadProc;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * One {@code baton serve} started as a child JVM, timed from just before the process is spawned to the first
 * {@code 200} from {@code /health}, asked every few milliseconds; then stopped with SIGTERM. Its phases come
 * from the {@code dev.baton.startup} line of its log.
 */
final class StartProcess {

    /** A start that is not healthy by then failed. */
    private static final long LIMIT_NANOS = TimeUnit.SECONDS.toNanos(120);

    private static final byte[] REQUEST =
            "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    /** Baton's entry point, as the jar's manifest names it (the command line is a layer above this one). */
    private static final String MAIN = "dev.baton.cli.Cli";

    private final List<String> command;
    private final int pollMillis;

    /** @param command the JVM and its arguments up to the command; see {@link #command} */
    StartProcess(List<String> command, int pollMillis) {
        this.command = List.copyOf(command);
        this.pollMillis = pollMillis;
    }

    /**
     * The command of a server as the README starts one: {@code java [-Xmx] [-XX:SharedArchiveFile] -jar JAR
     * serve}, with {@code jar} or, when null, the jar this JVM runs from; without a jar, this JVM's class path.
     */
    static List<String> command(StartOptions options, Path jar) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (options.heap() != null) {
            command.add("-Xmx" + options.heap());
        }
        String classPath = System.getProperty("java.class.path");
        Path built = jar != null ? jar.toAbsolutePath() : batonJar(classPath);
        Path archive = archive(options.archive(), built);
        if (archive != null) {
            command.add("-XX:SharedArchiveFile=" + archive);
        }
        command.add("-Dbaton.startup.log=DEBUG");
        if (built != null) {
            command.add("-jar");
            command.add(built.toString());
        } else {
            command.add("-cp");
            command.add(classPath);
            command.add(MAIN);
        }
        command.add("serve");
        return command;
    }

    /** The class path when it is Baton's own jar (a test runner's booter jar is not), else null. */
    private static Path batonJar(String classPath) {
        if (!classPath.endsWith(".jar") || classPath.contains(File.pathSeparator)) {
            return null;
        }
        try (JarFile jar = new JarFile(classPath)) {
            Manifest manifest = jar.getManifest();
            boolean ours =
                    manifest != null && MAIN.equals(manifest.getMainAttributes().getValue(Attributes.Name.MAIN_CLASS));
            return ours ? Path.of(classPath).toAbsolutePath() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The archive {@code option} names, or by default {@code baton.jsa} beside {@code jar} if there is one. */
    private static Path archive(String option, Path jar) {
        if (option != null) {
            return option.equals("none") ? null : Path.of(option).toAbsolutePath();
        }
        Path beside = jar == null ? null : jar.resolveSibling("baton.jsa");
        return beside != null && Files.isRegularFile(beside) ? beside : null;
    }

    /** Starts a server with {@code env} on top of this environment, waits until it is healthy, and stops it. */
    StartSample measure(Map<String, String> env, String build, String mode, Path log)
            throws IOException, InterruptedException {
        int port = freePort();
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("BATON_") && !k.equals("BATON_HOME"));
        builder.environment().putAll(env);
        builder.environment().put("BATON_HOST", "127.0.0.1");
        builder.environment().put("BATON_PORT", Integer.toString(port));
        long spawned = System.nanoTime();
        Process process = builder.start();
        try {
            long healthy = awaitHealthy(process, port, spawned, log);
            double millis = (healthy - spawned) / 1_000_000.0;
            LoadProc proc = new LoadProc(process.pid());
            double cpu = proc.cpuNanos().orElse(0) / 1_000_000.0;
            double rss = proc.peakRssKb().orElse(0) / 1024.0;
            stop(process);
            return new StartSample(build, mode, millis, cpu, rss, phases(log));
        } finally {
            process.destroyForcibly();
        }
    }

    private long awaitHealthy(Process process, int port, long spawned, Path log) throws InterruptedException {
        while (System.nanoTime() - spawned < LIMIT_NANOS) {
            if (!process.isAlive()) {
                throw new BenchException(
                        "the server exited with status " + process.exitValue() + " while starting; its log: " + log);
            }
            if (healthy(port)) {
                return System.nanoTime();
            }
            // Polling, not waiting for time to pass: the pause only spaces the probes.
            TimeUnit.MILLISECONDS.sleep(pollMillis);
        }
        throw new BenchException("the server was not healthy within 120 s; its log: " + log);
    }

    /** Whether {@code /health} answers 200: one request on a fresh connection, refused while nothing listens. */
    private static boolean healthy(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1_000);
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(REQUEST);
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] status = in.readNBytes(12);
            return new String(status, StandardCharsets.US_ASCII).startsWith("HTTP/1.1 200");
        } catch (IOException e) {
            return false;
        }
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }

    /** The phases the server logged, or none if it logged no such line. */
    private static Map<String, StartupPhases.Phase> phases(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).contains("dev.baton.startup")) {
                return StartupPhases.parse(lines.get(i));
            }
        }
        return Map.of();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

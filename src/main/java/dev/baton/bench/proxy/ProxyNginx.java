package dev.baton.bench.proxy;

import dev.baton.bench.BenchException;
import dev.baton.bench.load.LoadPlaces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A real nginx in front of the instances, run as a child process (never as the system's service) with a config
 * written to a temporary folder: one loopback port, round robin over the instances, WebSocket upgrades for the
 * conversation and agent streams, and passive health checks, so that an instance that refuses connections is
 * skipped for {@link #FAIL_TIMEOUT} after one failure and the request goes to the next one.
 *
 * <p>{@code proxy_next_upstream error timeout} (nginx's default, written out) passes a request on only when it could
 * not be sent or no answer header came; a POST that already reached an instance is not passed on (nginx leaves out
 * non-idempotent requests unless told {@code non_idempotent}), and that is kept: the chat API has no idempotency key,
 * so a turn the killed instance had committed but not answered would be made twice on the survivor. The client sees
 * a 502 instead and decides, as a person at the widget would. Webhooks would be safe to pass on (the intake
 * recognises a repeat by the platform's id), but the platforms retry them themselves.
 */
final class ProxyNginx implements AutoCloseable {

    /** How long an instance that failed once is left out before nginx tries it again. */
    static final Duration FAIL_TIMEOUT = Duration.ofSeconds(5);

    static final String INSTALL = "apt-get install nginx-light (or nginx)";

    private static final Duration STARTUP = Duration.ofSeconds(20);
    private static final List<String> PLACES =
            List.of("/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/local/nginx/sbin/nginx");

    private final Process process;
    private final Path dir;
    private final URI base;
    private final Thread reaper;

    private ProxyNginx(Process process, Path dir, URI base) {
        this.process = process;
        this.dir = dir;
        this.base = base;
        this.reaper = new Thread(process::destroyForcibly, "nginx-reaper");
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    /** The nginx binary: {@code explicit} when given, else the first on the PATH or in the usual places. */
    static Path binary(Path explicit) {
        if (explicit != null) {
            if (!Files.isExecutable(explicit)) {
                throw new BenchException("--nginx " + explicit + " is not an executable file");
            }
            return explicit;
        }
        List<String> candidates = new ArrayList<>();
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isBlank()) {
                candidates.add(dir + "/nginx");
            }
        }
        candidates.addAll(PLACES);
        return candidates.stream()
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new BenchException("nginx is not installed: " + INSTALL));
    }

    /** Whether an nginx binary can be found. */
    static boolean installed() {
        try {
            binary(null);
            return true;
        } catch (BenchException e) {
            return false;
        }
    }

    /** Starts nginx on a free loopback port in front of {@code upstreams} (loopback ports) and waits until it listens. */
    static ProxyNginx start(Path binary, List<Integer> upstreams) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("baton-nginx-");
        int port = LoadPlaces.freePort();
        Files.createDirectories(dir.resolve("tmp"));
        Files.writeString(dir.resolve("nginx.conf"), config(dir, port, upstreams), StandardCharsets.UTF_8);
        ProcessBuilder builder = new ProcessBuilder(
                        binary.toString(),
                        "-e",
                        dir.resolve("error.log").toString(),
                        "-p",
                        dir.toString(),
                        "-c",
                        dir.resolve("nginx.conf").toString(),
                        "-g",
                        "daemon off;")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("nginx.out").toFile());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new BenchException("cannot start " + binary + ": " + e.getMessage(), e);
        }
        ProxyNginx nginx = new ProxyNginx(process, dir, URI.create("http://127.0.0.1:" + port));
        try {
            nginx.awaitListening(port);
            return nginx;
        } catch (RuntimeException | InterruptedException e) {
            nginx.close();
            throw e;
        }
    }

    /** The config: see the class comment for why each line is there. */
    static String config(Path dir, int port, List<Integer> upstreams) {
        String servers = upstreams.stream()
                .map(p -> "    server 127.0.0.1:" + p + " max_fails=1 fail_timeout=" + FAIL_TIMEOUT.toSeconds() + "s;")
                .collect(Collectors.joining("\n"));
        String d = dir.toAbsolutePath().toString();
        // As root, workers would switch to nobody, who cannot enter the private temporary folder.
        String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
        return user + "worker_processes 1;\n"
                + "pid " + d + "/nginx.pid;\n"
                + "error_log " + d + "/error.log warn;\n"
                + "events { worker_connections 4096; }\n"
                + "http {\n"
                + "  log_format proxy '$msec $status $request_method $uri \"$upstream_addr\" \"$upstream_status\" $request_time';\n"
                + "  access_log " + d + "/access.log proxy;\n"
                + "  client_body_temp_path " + d + "/tmp/body;\n"
                + "  proxy_temp_path " + d + "/tmp/proxy;\n"
                + "  fastcgi_temp_path " + d + "/tmp/fastcgi;\n"
                + "  uwsgi_temp_path " + d + "/tmp/uwsgi;\n"
                + "  scgi_temp_path " + d + "/tmp/scgi;\n"
                + "  upstream baton {\n" + servers + "\n    keepalive 64;\n  }\n"
                + "  map $http_upgrade $connection_upgrade { default upgrade; '' ''; }\n"
                + "  server {\n"
                + "    listen 127.0.0.1:" + port + ";\n"
                + "    proxy_http_version 1.1;\n"
                + "    proxy_set_header Host $host;\n"
                + "    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n"
                + "    proxy_set_header X-Forwarded-Proto $scheme;\n"
                + "    proxy_next_upstream error timeout;\n"
                + "    proxy_next_upstream_tries " + Math.max(2, upstreams.size()) + ";\n"
                + "    proxy_connect_timeout 2s;\n"
                + "    proxy_read_timeout 30s;\n"
                + "    location ~ ^/api/v1/(conversations/[^/]+|agent)/stream$ {\n"
                + "      proxy_pass http://baton;\n"
                + "      proxy_set_header Upgrade $http_upgrade;\n"
                + "      proxy_set_header Connection $connection_upgrade;\n"
                + "      # the server pings its sockets every 25 s\n"
                + "      proxy_read_timeout 75s;\n"
                + "    }\n"
                + "    location / {\n"
                + "      proxy_pass http://baton;\n"
                + "      proxy_set_header Connection \"\";\n"
                + "    }\n"
                + "  }\n"
                + "}\n";
    }

    private void awaitListening(int port) throws InterruptedException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new BenchException("nginx exited with status " + process.exitValue() + " while starting: "
                        + tail(dir.resolve("error.log")) + tail(dir.resolve("nginx.out")));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
                return;
            } catch (IOException e) {
                TimeUnit.MILLISECONDS.sleep(50); // polling for the port, bounded by the deadline
            }
        }
        throw new BenchException("nginx did not listen on " + port + " within " + STARTUP.toSeconds() + " s");
    }

    URI base() {
        return base;
    }

    long pid() {
        return process.pid();
    }

    /** nginx's worker processes (the master's children), whose CPU the comparison counts with the master's. */
    List<Long> workerPids() {
        return process.children().map(ProcessHandle::pid).toList();
    }

    /** The access log's lines so far (one per finished request; a WebSocket's when it closed). */
    List<ProxyAccess> accessLog() {
        Path log = dir.resolve("access.log");
        try {
            return Files.exists(log)
                    ? Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                            .map(ProxyAccess::parse)
                            .toList()
                    : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + log, e);
        }
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.exists(file) ? Files.readAllLines(file) : List.of();
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook runs anyway.
        }
        try {
            LoadPlaces.delete(dir);
        } catch (UncheckedIOException e) {
            // A temporary folder left behind.
        }
    }
}

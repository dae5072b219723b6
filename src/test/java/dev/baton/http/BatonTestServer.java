package dev.baton.http;

import dev.baton.App;
import dev.baton.Baton;
import dev.baton.agent.Right;
import dev.baton.config.BatonConfig;
import dev.baton.config.ConfigLoader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A real Baton server for tests: loopback, a free port, its own data directory. */
public final class BatonTestServer implements AutoCloseable {

    private final Baton baton;
    private final BatonConfig config;

    private BatonTestServer(Baton baton, BatonConfig config) {
        this.baton = baton;
        this.config = config;
    }

    /** A server on the embedded store in {@code dataDir}. */
    public static BatonTestServer start(Path dataDir) {
        return start(dataDir, Map.of());
    }

    /** A server with extra {@code BATON_*} settings, e.g. a PostgreSQL URL or tighter limits. */
    public static BatonTestServer start(Path dataDir, Map<String, String> settings) {
        return start(dataDir, settings, App.Environment.system());
    }

    /** A server on {@code environment}'s clock, ticker and executor (a fake clock, say). */
    public static BatonTestServer start(Path dataDir, Map<String, String> settings, App.Environment environment) {
        Map<String, String> env = new HashMap<>();
        env.put("BATON_HOST", "127.0.0.1");
        env.put("BATON_PORT", "0");
        env.put("BATON_DATA_DIR", dataDir.toString());
        // Tests present wrong tokens and open sockets on purpose, far beyond what one person would; the limits on
        // both have their own tests.
        env.put("BATON_FAILED_TOKENS_PER_MINUTE", "100000");
        env.put("BATON_SOCKET_UPGRADES_PER_MINUTE", "100000");
        env.putAll(settings);
        BatonConfig config = ConfigLoader.load(Optional.empty(), env);
        return new BatonTestServer(App.serve(config, environment), config);
    }

    /** Adds an agent account on the server's store, as {@code baton agent add} would; returns its token. */
    public String addAgent(String name, int tier, boolean supervisor) {
        return App.withAgents(
                config,
                accounts -> accounts.add(name, tier, supervisor ? Set.of(Right.SUPERVISOR) : Set.of())
                        .token());
    }

    /** Adds an agent with the editor right (who may change what Baton knows); returns its token. */
    public String addEditor(String name) {
        return App.withAgents(
                config, accounts -> accounts.add(name, 1, Set.of(Right.EDITOR)).token());
    }

    /** Revokes an agent's token, as {@code baton agent revoke} would. */
    public void revokeAgent(String name) {
        App.withAgents(config, accounts -> accounts.revoke(name));
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + baton.port();
    }

    public int port() {
        return baton.port();
    }

    @Override
    public void close() {
        baton.close();
    }
}

package dev.baton.bench.proxy;

import dev.baton.bench.load.LoadClient;
import dev.baton.bench.load.LoadPlaces;
import dev.baton.bench.load.LoadServer;
import dev.baton.bench.load.ServerEnv;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Baton instances spawned as child JVMs on one fresh PostgreSQL schema, started one after another (the first
 * migrates the schema), and nginx in front of them. Closing stops nginx, then every instance still running.
 */
final class ProxyCluster implements AutoCloseable {

    private final List<LoadServer> instances;
    private final ProxyNginx nginx;
    private final String dbUrl;

    private ProxyCluster(List<LoadServer> instances, ProxyNginx nginx, String dbUrl) {
        this.instances = instances;
        this.nginx = nginx;
        this.dbUrl = dbUrl;
    }

    /**
     * Starts {@code count} instances on a fresh schema of {@code dbUrl}, each with the settings {@code env} gives for
     * its index, and nginx over them.
     */
    static ProxyCluster start(
            int count,
            Path nginxBinary,
            String heap,
            String dbUrl,
            String dbUser,
            IntFunction<ServerEnv> env,
            LoadClient client,
            PrintStream err)
            throws IOException, InterruptedException {
        String schemaUrl = LoadPlaces.freshSchema(dbUrl);
        List<LoadServer> instances = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                err.printf("proxy: starting instance %d of %d (-Xmx%s)%n", i + 1, count, heap);
                instances.add(LoadServer.spawn(heap, schemaUrl, dbUser, env.apply(i), client, err));
            }
            ProxyNginx nginx = ProxyNginx.start(
                    nginxBinary, instances.stream().map(LoadServer::port).toList());
            err.println("proxy: nginx at " + nginx.base() + " in front of "
                    + instances.stream().map(s -> s.base().toString()).toList() + " on "
                    + schemaUrl.split("\\?")[1]
                    + " (drop it with DROP SCHEMA ... CASCADE when done)");
            return new ProxyCluster(instances, nginx, schemaUrl);
        } catch (IOException | RuntimeException | InterruptedException e) {
            for (LoadServer s : instances) {
                s.close();
            }
            throw e;
        }
    }

    /** The proxy's address: where every client goes. */
    URI base() {
        return nginx.base();
    }

    LoadServer instance(int index) {
        return instances.get(index);
    }

    int size() {
        return instances.size();
    }

    ProxyNginx nginx() {
        return nginx;
    }

    /** The store's settings, as a spawned instance got them, for opening it from here. */
    Map<String, String> storeSettings() {
        return instances.get(0).storeSettings();
    }

    /** The PostgreSQL URL with the run's schema. */
    String dbUrl() {
        return dbUrl;
    }

    @Override
    public void close() throws InterruptedException {
        try {
            nginx.close();
        } finally {
            for (LoadServer s : instances) {
                s.close();
            }
        }
    }
}

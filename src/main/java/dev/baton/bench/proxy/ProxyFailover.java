package dev.baton.bench.proxy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.baton.bench.load.LoadClient;
import dev.baton.bench.load.LoadUrlConnection;
import dev.baton.bench.load.ServerEnv;
import dev.baton.bench.stop.StopTurn;
import dev.baton.bench.stop.StoredTurns;
import dev.baton.store.jdbc.ChannelRows;
import dev.baton.store.jdbc.Database;
import dev.baton.store.jdbc.JdbcConversationStore;
import dev.baton.store.jdbc.StoreSettings;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The test behind {@code baton failovertest}: two instances on one PostgreSQL schema behind a real nginx, loaded
 * through it with chat turns, widget streams and webhook deliveries whose replies go to a slow stand-in app; one
 * instance is killed with {@code kill -9} mid-load, and the run checks what {@link ProxyFailoverReport} says.
 * Returns 0 when it passed, 1 otherwise.
 */
public final class ProxyFailover {

    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    private static final int READ_TIMEOUT_MILLIS = 10_000;
    private static final String SECRET = "failover-test-shared-secret";

    private final PrintStream out;
    private final PrintStream err;
    private final ObjectMapper json = new ObjectMapper();

    public ProxyFailover(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(ProxyFailoverOptions options) throws Exception {
        if (System.getProperty("http.maxConnections") == null) {
            System.setProperty("http.maxConnections", Integer.toString(options.threads() + options.widgets() + 80));
        }
        // A POST whose connection broke is not sent again by the JDK: the count of what clients saw stays honest.
        System.setProperty("sun.net.http.retryPost", "false");
        LoadClient client = new LoadUrlConnection(CONNECT_TIMEOUT_MILLIS, READ_TIMEOUT_MILLIS);
        try (ProxyReceiver receiver = ProxyReceiver.start(2, options.receiverMillis(), json);
                ProxyCluster cluster = ProxyCluster.start(
                        2,
                        ProxyNginx.binary(options.nginx()),
                        options.heap(),
                        options.dbUrl(),
                        options.dbUser(),
                        i -> new ServerEnv(Map.of(
                                "BATON_GENERIC_APP_SECRET", SECRET,
                                "BATON_GENERIC_APP_CALLBACK_URL",
                                        receiver.callback(i).toString(),
                                "BATON_DELIVERY_TIMEOUT_MILLIS",
                                        Integer.toString(ProxyFailoverOptions.DELIVERY_TIMEOUT_MILLIS),
                                "BATON_DELIVERY_LEASE_MILLIS", Integer.toString(options.leaseMillis()),
                                "BATON_INBOUND_LEASE_MILLIS", Integer.toString(options.leaseMillis()),
                                "BATON_SOCKET_UPGRADES_PER_MINUTE", "100000",
                                "BATON_FAILED_TOKENS_PER_MINUTE", "100000")),
                        client,
                        err);
                Database database = Database.open(settings(cluster.storeSettings()));
                ProxyWebhooks webhooks = new ProxyWebhooks(cluster.base(), SECRET, json)) {
            ChannelRows rows = new ChannelRows(database);
            JdbcConversationStore conversations = new JdbcConversationStore(database);
            ProxyChannelCheck channels = new ProxyChannelCheck(rows, conversations);
            ProxyFailoverRun.Observed seen = new ProxyFailoverRun(
                            options,
                            cluster,
                            webhooks,
                            rows,
                            (widgets, killMillis) -> channels.settled()
                                    && ProxyStreamCheck.complete(widgets, channels::messages, killMillis),
                            client,
                            json,
                            err)
                    .run();
            String killed = "127.0.0.1:" + cluster.instance(0).port();
            List<ProxyAccess> log = cluster.nginx().accessLog();
            List<StopTurn> acknowledged = new ArrayList<>();
            for (List<StopTurn> turns : List.of(seen.chatTurns(), seen.widgetTurns())) {
                turns.stream()
                        .filter(t -> t.outcome() == StopTurn.Outcome.ACKNOWLEDGED)
                        .forEach(acknowledged::add);
            }
            ProxyFailoverReport report = new ProxyFailoverReport(
                    new ProxyFailoverReport.Setup(
                            cluster.base().toString(),
                            List.of(
                                    cluster.instance(0).base().toString(),
                                    cluster.instance(1).base().toString()),
                            schema(cluster.dbUrl()),
                            Runtime.getRuntime().availableProcessors(),
                            options.rate(),
                            options.widgets(),
                            options.webhookRate(),
                            options.burst(),
                            options.warmupSeconds(),
                            options.afterSeconds(),
                            options.leaseMillis(),
                            options.receiverMillis()),
                    seen.chatTurns().size() + seen.widgetTurns().size(),
                    acknowledged.size(),
                    new StoredTurns(json).check(conversations, acknowledged),
                    channels.inbound(seen),
                    channels.outbox(seen, receiver.receipts()),
                    ProxyStreamCheck.check(seen, log, killed, channels::messages),
                    ProxyErrors.of(seen, log, killed),
                    seen.settled());
            out.print(report.text());
            if (options.json() != null) {
                json.writer()
                        .with(SerializationFeature.INDENT_OUTPUT)
                        .writeValue(options.json().toFile(), report);
                out.println("wrote " + options.json());
            }
            if (!report.passed()) {
                cluster.instance(1).failed("the failover test failed", err);
            }
            return report.passed() ? 0 : 1;
        }
    }

    private static StoreSettings settings(Map<String, String> store) {
        return new StoreSettings(
                store.get("BATON_DB_URL"), store.get("BATON_DB_USER"), store.get("BATON_DB_PASSWORD"), 4);
    }

    private static String schema(String url) {
        int at = url.indexOf("currentSchema=");
        return at < 0 ? "?" : url.substring(at + "currentSchema=".length()).split("&")[0];
    }
}

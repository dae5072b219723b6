package dev.baton.bench.proxy;

import dev.baton.bench.BenchException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The settings of one {@code baton failovertest} run, checked before anything starts: bounded in rate, widgets and
 * time, so a run cannot outgrow the machine it shares.
 *
 * @param rate            chat turns a second offered through the proxy on an open-loop timeline
 * @param threads         the chat senders: each has at most one turn in flight
 * @param widgets         conversations whose live stream is kept open through the proxy
 * @param webhookRate     generic webhook deliveries a second, besides the burst
 * @param burst           deliveries posted at once just before the kill, so that both instances hold inbound work
 * @param warmupSeconds   load before the burst and the kill
 * @param afterSeconds    load after the kill: it must outlast the leases for the takeover to happen under load
 * @param leaseMillis     the instances' outbox and inbound leases ({@code BATON_DELIVERY_LEASE_MILLIS},
 *                        {@code BATON_INBOUND_LEASE_MILLIS})
 * @param receiverMillis  how long the stand-in app takes to answer each reply, so outbox messages stay leased
 * @param dbUrl           the PostgreSQL database whose fresh schema both instances share
 * @param dbUser          the user for {@code dbUrl}, or null when the URL names it
 * @param heap            each instance's {@code -Xmx}
 * @param nginx           the nginx binary, or null to look for it
 * @param json            where to write the report as JSON, or null
 */
public record ProxyFailoverOptions(
        int rate,
        int threads,
        int widgets,
        int webhookRate,
        int burst,
        int warmupSeconds,
        int afterSeconds,
        int leaseMillis,
        int receiverMillis,
        String dbUrl,
        String dbUser,
        String heap,
        Path nginx,
        Path json) {

    /** Each instance's platform timeout: the outbox lease must be longer. */
    static final int DELIVERY_TIMEOUT_MILLIS = 1_000;

    public ProxyFailoverOptions {
        within("--rate", rate, 1, 2_000);
        within("--threads", threads, 1, 256);
        within("--widgets", widgets, 1, 200);
        within("--webhook-rate", webhookRate, 0, 500);
        within("--burst", burst, 1, 5_000);
        within("--warmup-seconds", warmupSeconds, 1, 600);
        within("--after-seconds", afterSeconds, 1, 600);
        within("--lease-millis", leaseMillis, DELIVERY_TIMEOUT_MILLIS + 1, 120_000);
        within("--receiver-millis", receiverMillis, 0, DELIVERY_TIMEOUT_MILLIS / 2);
        if (dbUrl == null || !dbUrl.startsWith("jdbc:postgresql:")) {
            throw new BenchException("--db-url must be a jdbc:postgresql: URL (two instances share one PostgreSQL),"
                    + " not " + (dbUrl == null ? "missing" : "'" + dbUrl.split("\\?")[0] + "'"));
        }
        if (afterSeconds * 1000L <= 2L * leaseMillis) {
            throw new BenchException("--after-seconds (" + afterSeconds + ") must be longer than twice --lease-millis ("
                    + leaseMillis + "), so the leases run out while the load goes on");
        }
        if (heap == null || !heap.matches("[1-9][0-9]*[kKmMgG]?")) {
            throw new BenchException("--heap must look like 256m or 1g, not '" + heap + "'");
        }
        Path parent = json == null ? null : json.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new BenchException("cannot write the report " + json + ": no such folder " + parent);
        }
    }

    private static void within(String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new BenchException(option + " must be between " + min + " and " + max + ", not " + value);
        }
    }
}

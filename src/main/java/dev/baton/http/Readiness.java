package dev.baton.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Whether this instance should be sent traffic ({@code GET /health/ready}): its store answers, its model is
 * loaded (always, once the server serves), the event relay to other instances listens (PostgreSQL only), and
 * it is not stopping. A stop turns it not-ready before anything else closes, so a load balancer stops sending
 * new users here while the requests already in flight finish.
 */
public final class Readiness {

    /** One look at every check: {@code status} is {@code ready}, {@code not_ready} or {@code stopping}. */
    public record Report(boolean ready, String status, Map<String, String> checks) {}

    private final BooleanSupplier store;
    private final BooleanSupplier relay;
    private final AtomicBoolean stopping = new AtomicBoolean();

    /** @param relay whether the event relay listens; null where there is none (the embedded store) */
    public Readiness(BooleanSupplier store, BooleanSupplier relay) {
        this.store = store;
        this.relay = relay;
    }

    /** From now on this instance reports not ready: it is stopping. */
    public void beginStop() {
        stopping.set(true);
    }

    public Report check() {
        Map<String, String> checks = new LinkedHashMap<>();
        boolean storeUp = store.getAsBoolean();
        checks.put("store", storeUp ? "ok" : "failing");
        checks.put("model", "ok");
        boolean relayUp = relay == null || relay.getAsBoolean();
        checks.put("relay", relay == null ? "not used" : relayUp ? "ok" : "failing");
        if (stopping.get()) {
            return new Report(false, "stopping", checks);
        }
        boolean ready = storeUp && relayUp;
        return new Report(ready, ready ? "ready" : "not_ready", checks);
    }

    /** Whether the store answers: what the plain {@code /health} has always said. */
    boolean storeUp() {
        return store.getAsBoolean();
    }
}

package dev.baton.channel;

import dev.baton.handoff.Actor;
import dev.baton.handoff.AuditEntry;
import dev.baton.handoff.AuditLog;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/** The outbox as agents see it: what was sent, what waits, and the dead letters they can send again. */
public final class Deliveries {

    public static final Set<String> STATUSES = Set.of("pending", "sent", "dead");

    private final ChannelStore store;
    private final OutboxWorker worker;
    private final AuditLog audit;
    private final Clock clock;

    public Deliveries(ChannelStore store, OutboxWorker worker, AuditLog audit, Clock clock) {
        this.store = store;
        this.worker = worker;
        this.audit = audit;
        this.clock = clock;
    }

    public List<OutboxEntry> list(String status, int limit) {
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("status is pending, sent or dead: " + status);
        }
        return store.outbox(status, limit);
    }

    /** Sends a dead letter again (a fresh round of tries); false when there is no such dead letter. */
    public boolean retry(long outboxId, Actor actor) {
        boolean revived = store.revive(outboxId, clock.instant());
        if (revived) {
            audit.record(
                    new AuditEntry(clock.instant(), actor.id(), "retry_delivery", null, null, "outbox " + outboxId));
            worker.wake();
        }
        return revived;
    }
}

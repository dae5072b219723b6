package dev.baton.bench.proxy;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.baton.bench.stop.StoredTurns;
import java.util.List;
import java.util.Locale;

/**
 * What one failover run found, for people ({@link #text}) and as JSON. It passed when no acknowledged turn is
 * missing from the store, every acknowledged delivery made one turn and every reply reached the app as promised, the
 * killed instance's leased work was taken over, every stream that dropped reconnected and caught up, and every 5xx
 * was a 502 for a request the killed instance had when it died.
 */
record ProxyFailoverReport(
        Setup setup,
        long turnsOffered,
        long turnsAcknowledged,
        StoredTurns.Check store,
        ProxyChannelCheck.Inbound inbound,
        ProxyChannelCheck.Outbox outbox,
        ProxyStreamCheck.Streams streams,
        ProxyErrors errors,
        boolean settled) {

    /** How the run was set up. */
    record Setup(
            String proxy,
            List<String> instances,
            String schema,
            int cores,
            int rate,
            int widgets,
            int webhookRate,
            int burst,
            int warmupSeconds,
            int afterSeconds,
            int leaseMillis,
            int receiverMillis) {}

    @JsonProperty
    boolean passed() {
        return settled
                && store.missing() == 0
                && inbound.passed()
                && outbox.passed()
                && streams.passed()
                && errors.other5xx() == 0;
    }

    String text() {
        StringBuilder s = new StringBuilder();
        line(
                s,
                "failovertest: 2 instances %s behind nginx %s on PostgreSQL schema %s, %d cores",
                setup.instances(),
                setup.proxy(),
                setup.schema(),
                setup.cores());
        line(
                s,
                "load: %d chat turns/s, %d widgets (a turn each a second), %d webhook deliveries/s, a burst of %d;"
                        + " %d s warm-up, kill -9 of instance 1, %d s more; leases %d ms, the app answers in %d ms",
                setup.rate(),
                setup.widgets(),
                setup.webhookRate(),
                setup.burst(),
                setup.warmupSeconds(),
                setup.afterSeconds(),
                setup.leaseMillis(),
                setup.receiverMillis());
        line(
                s,
                "turns: %d offered, %d acknowledged; found in the store: %d of %d%s",
                turnsOffered,
                turnsAcknowledged,
                store.found(),
                store.acknowledged(),
                store.missing() == 0 ? "" : " MISSING " + store.missing() + " " + store.examples());
        line(
                s,
                "inbound: %d deliveries acknowledged, %d done with one turn each (%d not done, %d without exactly one;"
                        + " %d chats left with a second conversation); leased at the kill %d: %d taken over by the"
                        + " survivor after the lease, %d its own%s",
                inbound.acknowledged(),
                inbound.done() - inbound.withoutOneTurn(),
                inbound.notDone(),
                inbound.withoutOneTurn(),
                inbound.chatsWithTwoConversations(),
                inbound.leasedAtKill(),
                inbound.takenOverAfterLease(),
                inbound.survivorsOwn(),
                examples(inbound.examples()));
        line(
                s,
                "outbox: %d replies, %d sent (%d not), %d never received; sent again: %d posted by the killed"
                        + " instance before it died, %d after a try that failed or timed out, %d other repeats;"
                        + " %d out of order; leased at the kill %d: %d delivered by the survivor after the lease%s",
                outbox.rows(),
                outbox.sent(),
                outbox.notSent(),
                outbox.neverReceived(),
                outbox.resentAfterKill(),
                outbox.resentAfterFailedTry(),
                outbox.unexpectedRepeats(),
                outbox.outOfOrder(),
                outbox.leasedAtKill(),
                outbox.takenOverAfterLease(),
                examples(outbox.examples()));
        line(
                s,
                "streams: %d widgets, %d on the killed instance (proxy log), %d dropped at the kill, %d reconnected"
                        + " through the proxy (slowest %d ms), %d messages caught up by after=N; %d of %d complete;"
                        + " never seen: %d committed within 1 s of the kill, %d later%s",
                streams.widgets(),
                streams.onKilledInstance(),
                streams.droppedAtKill(),
                streams.reconnected(),
                streams.slowestReconnectMs(),
                streams.caughtUpMessages(),
                streams.complete(),
                streams.widgets(),
                streams.unannounced(),
                streams.missed(),
                examples(streams.examples()));
        line(
                s,
                "errors clients saw: %s; nginx 5xx: %s (%d were 502s for requests the killed instance had, %d other%s);"
                        + " %d requests passed on to the survivor after a refused connection",
                errors.clients().isEmpty() ? "none" : errors.clients(),
                errors.proxy5xx().isEmpty() ? "none" : errors.proxy5xx(),
                errors.fromKilled502(),
                errors.other5xx(),
                examples(errors.otherExamples()),
                errors.passedOn());
        if (!settled) {
            line(s, "the outbox, inbound work or streams had not settled within 60 s of the load's end");
        }
        line(s, "result: %s", passed() ? "PASSED" : "FAILED");
        return s.toString();
    }

    private static String examples(List<String> examples) {
        return examples.isEmpty() ? "" : " e.g. " + examples;
    }

    private static void line(StringBuilder s, String format, Object... args) {
        s.append(String.format(Locale.ROOT, format, args)).append(System.lineSeparator());
    }
}

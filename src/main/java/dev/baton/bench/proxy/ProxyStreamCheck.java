package dev.baton.bench.proxy;

import dev.baton.conversation.Message;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Whether the widgets' streams came through the kill: which of them nginx had put on the killed instance (its
 * access log names the instance of each socket when the socket ends), that each stream that dropped reconnected
 * through the proxy, and that every widget has, in the end, every message the store holds for its conversation.
 *
 * <p>A message the killed instance committed in its last moments may never be announced to the other instance (the
 * announcement goes out after the commit, from a thread of its own), so a stream on the survivor does not hear of it;
 * the widget fetches it when the next message of its conversation arrives (a gap below it), or when its socket opens
 * again. One that no later message followed before the run ended (committed no later than {@link
 * #ANNOUNCE_GRACE_MILLIS} after the kill) is counted apart; any other message a widget never saw fails the check.
 */
final class ProxyStreamCheck {

    /** How long after the kill a message may still have been committed by the killed instance. */
    static final long ANNOUNCE_GRACE_MILLIS = 1_000;

    /**
     * What became of the streams. {@code caughtUpMessages} were learned by a catch-up after a drop (missed while
     * away); {@code slowestReconnectMs} is the longest time from a drop at the kill to the socket open again;
     * {@code unannounced} and {@code missed} count messages never seen, committed around the kill or later.
     */
    record Streams(
            int widgets,
            long onKilledInstance,
            long droppedAtKill,
            long reconnected,
            long complete,
            long caughtUpMessages,
            long slowestReconnectMs,
            long unannounced,
            long missed,
            List<String> examples) {
        boolean passed() {
            return onKilledInstance > 0 && droppedAtKill == reconnected && missed == 0;
        }
    }

    private ProxyStreamCheck() {}

    /** Whether every widget has seen every message committed after the kill's grace. */
    static boolean complete(List<ProxyWidget> widgets, Function<String, List<Message>> stored, long killMillis) {
        for (ProxyWidget w : widgets) {
            for (Message m : stored.apply(w.id)) {
                if (!w.seen().contains(m.seq()) && m.createdAt().toEpochMilli() > killMillis + ANNOUNCE_GRACE_MILLIS) {
                    return false;
                }
            }
        }
        return true;
    }

    static Streams check(
            ProxyFailoverRun.Observed seen,
            List<ProxyAccess> log,
            String killedAddress,
            Function<String, List<Message>> stored) {
        Set<String> onKilled = new HashSet<>();
        for (ProxyAccess a : log) {
            if (a.status() == 101 && a.path().endsWith("/stream") && killedAddress.equals(a.lastUpstream())) {
                String[] parts = a.path().split("/");
                onKilled.add(parts[parts.length - 2]);
            }
        }
        List<String> examples = new ArrayList<>();
        long dropped = 0;
        long reconnected = 0;
        long complete = 0;
        long caughtUp = 0;
        long slowest = 0;
        long onKilledWidgets = 0;
        long unannounced = 0;
        long missed = 0;
        for (ProxyWidget w : seen.widgets()) {
            if (onKilled.contains(w.id)) {
                onKilledWidgets++;
            }
            long drop = w.drops().stream()
                    .filter(t -> t >= seen.killMillis())
                    .findFirst()
                    .orElse(-1L);
            if (drop >= 0) {
                dropped++;
                long open = w.opens().stream().filter(t -> t > drop).findFirst().orElse(-1L);
                if (open >= 0) {
                    reconnected++;
                    slowest = Math.max(slowest, open - drop);
                } else {
                    example(examples, w.id + " dropped and did not reconnect");
                }
                caughtUp += w.caughtUpAfterDrop();
            }
            List<Long> never = new ArrayList<>();
            for (Message m : stored.apply(w.id)) {
                if (w.seen().contains(m.seq())) {
                    continue;
                }
                never.add(m.seq());
                if (m.createdAt().toEpochMilli() <= seen.killMillis() + ANNOUNCE_GRACE_MILLIS) {
                    unannounced++;
                } else {
                    missed++;
                }
            }
            if (never.isEmpty()) {
                complete++;
            } else {
                example(
                        examples,
                        w.id + (onKilled.contains(w.id) ? " (on the killed instance)" : "") + " never saw seqs "
                                + never.subList(0, Math.min(5, never.size())));
            }
        }
        return new Streams(
                seen.widgets().size(),
                onKilledWidgets,
                dropped,
                reconnected,
                complete,
                caughtUp,
                slowest,
                unannounced,
                missed,
                examples);
    }

    private static void example(List<String> examples, String what) {
        if (examples.size() < 5) {
            examples.add(what);
        }
    }
}

package dev.baton.bench.proxy;

import dev.baton.bench.stop.StopTurn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The errors clients saw around the kill, counted from both ends: what each client got (by what failed), and what
 * nginx logged for every answer of 500 or more (by status and the instance it had tried last), with how many
 * requests it passed on to the other instance after a refused connection, which clients never saw.
 *
 * @param clients        failed requests by what failed ({@code send 502}, {@code webhook 502} ...)
 * @param proxy5xx       nginx's 5xx answers by {@code status from instance}
 * @param passedOn       requests nginx sent to the survivor after the killed instance refused the connection
 * @param fromKilled502  502s whose request nginx had already sent to the killed instance when it died
 * @param other5xx       5xx answers other than those, with a few of them in {@code otherExamples} (ms after the kill)
 */
record ProxyErrors(
        Map<String, Long> clients,
        Map<String, Long> proxy5xx,
        long passedOn,
        long fromKilled502,
        long other5xx,
        List<String> otherExamples) {

    /** A 502 for a request the killed instance had is expected up to this long after the kill. */
    static final long KILL_WINDOW_MILLIS = 2_000;

    static ProxyErrors of(ProxyFailoverRun.Observed seen, List<ProxyAccess> log, String killedAddress) {
        Map<String, Long> clients = new TreeMap<>();
        for (List<StopTurn> turns : List.of(seen.chatTurns(), seen.widgetTurns())) {
            for (StopTurn t : turns) {
                if (t.outcome() != StopTurn.Outcome.ACKNOWLEDGED) {
                    clients.merge(t.detail() == null ? t.outcome().name() : t.detail(), 1L, Long::sum);
                }
            }
        }
        for (ProxyWebhooks.Delivery d : seen.deliveries()) {
            if (!d.acknowledged()) {
                clients.merge("webhook " + d.outcome(), 1L, Long::sum);
            }
        }
        Map<String, Long> proxy = new TreeMap<>();
        long passedOn = 0;
        long fromKilled = 0;
        long other = 0;
        List<String> examples = new ArrayList<>();
        for (ProxyAccess a : log) {
            if (a.passedOn()) {
                passedOn++;
            }
            if (a.status() < 500) {
                continue;
            }
            String last = a.lastUpstream();
            proxy.merge(a.status() + " from " + (last == null ? "none" : last), 1L, Long::sum);
            boolean atKill =
                    a.endMillis() >= seen.killMillis() && a.endMillis() <= seen.killMillis() + KILL_WINDOW_MILLIS;
            if (a.status() == 502 && killedAddress.equals(last) && atKill) {
                fromKilled++;
            } else {
                other++;
                if (examples.size() < 5) {
                    examples.add(a.status() + " " + a.method() + " " + a.path() + " from " + last + " at "
                            + (a.endMillis() - seen.killMillis()) + " ms");
                }
            }
        }
        return new ProxyErrors(clients, proxy, passedOn, fromKilled, other, examples);
    }
}

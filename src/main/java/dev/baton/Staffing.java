package dev.baton;

import dev.baton.agent.AgentPresence;
import dev.baton.agent.HandoffService;
import dev.baton.agent.QueueWatch;
import dev.baton.config.HandoffConfig;
import dev.baton.conversation.ConversationEvents;
import dev.baton.handoff.TicketMeter;
import dev.baton.handoff.TicketStore;
import dev.baton.store.jdbc.Database;
import dev.baton.store.jdbc.JdbcPresenceStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.concurrent.Executors;

/** Who is on duty across the instances, and the watch over the queue that acts on it. Wiring only. */
final class Staffing {

    private Staffing() {}

    /** The agents' presence, shared through the store under a name of this instance's own. */
    static AgentPresence presence(Database database, HandoffConfig h, Clock clock) {
        byte[] id = new byte[8];
        new SecureRandom().nextBytes(id);
        String instance = "i_" + HexFormat.of().formatHex(id);
        return new AgentPresence(new JdbcPresenceStore(database), instance, h.offlineAfter(), clock);
    }

    /** The queue watch, on a thread of its own (not started). */
    static QueueWatch watch(
            TicketStore tickets,
            HandoffService handoff,
            AgentPresence presence,
            ConversationEvents events,
            HandoffConfig h,
            Clock clock,
            TicketMeter meter) {
        QueueWatch.Timing timing = new QueueWatch.Timing(
                h.emailOfferAfter(),
                h.abandonAfter(),
                h.sweepEvery(),
                h.autoAssign(),
                h.answerGrace(),
                h.presenceHeartbeat());
        return new QueueWatch(
                tickets,
                handoff,
                presence,
                events,
                timing,
                h.agentCapacity(),
                clock,
                Executors.newSingleThreadScheduledExecutor(App.daemon("baton-queue-watch")),
                meter);
    }
}

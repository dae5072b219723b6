package dev.baton.config;

import java.time.Duration;

/**
 * Handoff settings.
 *
 * @param handlingTime        the handling time per ticket assumed until agents have resolved enough tickets
 *                            for a measured one
 * @param urgentFirstResponse the SLA for an agent's first answer to an urgent ticket (funds or secrets at risk)
 * @param normalFirstResponse the SLA for any other ticket
 * @param emailFirstResponse  the SLA for a ticket that is not urgent from a user who wrote by email
 * @param agentCapacity       most conversations one agent holds at once
 * @param autoAssign          whether queued tickets go to the least-loaded connected agent by themselves
 * @param emailOfferAfter     how long a user waits in the queue before Baton offers email follow-up
 * @param reopenWindow        how long after resolution a user's message reopens the ticket
 * @param abandonAfter        how long a queued (or waiting-on-user) ticket may sit idle before it is closed
 * @param sweepEvery          how often the queue is checked for the timed actions above and SLA warnings
 * @param offlineAfter        how long after no instance has seen an agent connected they count as offline (and
 *                            their claimed, unanswered tickets go back to the queue)
 * @param presenceHeartbeat   how often each instance records the agents connected to it; under offlineAfter
 * @param answerGrace         how long an agent who claims a ticket near or past its first-response deadline has to
 *                            answer before it goes back to the queue
 */
public record HandoffConfig(
        Duration handlingTime,
        Duration urgentFirstResponse,
        Duration normalFirstResponse,
        Duration emailFirstResponse,
        int agentCapacity,
        boolean autoAssign,
        Duration emailOfferAfter,
        Duration reopenWindow,
        Duration abandonAfter,
        Duration sweepEvery,
        Duration offlineAfter,
        Duration presenceHeartbeat,
        Duration answerGrace) {
    public HandoffConfig {
        positive(handlingTime, "handoff.handlingTimeSeconds");
        positive(urgentFirstResponse, "handoff.urgentFirstResponseSeconds");
        positive(normalFirstResponse, "handoff.normalFirstResponseSeconds");
        positive(emailFirstResponse, "handoff.emailFirstResponseSeconds");
        positive(emailOfferAfter, "handoff.emailOfferAfterSeconds");
        positive(reopenWindow, "handoff.reopenWindowSeconds");
        positive(abandonAfter, "handoff.abandonAfterSeconds");
        positive(sweepEvery, "handoff.sweepSeconds");
        positive(offlineAfter, "handoff.offlineAfterSeconds");
        positive(presenceHeartbeat, "handoff.presenceHeartbeatSeconds");
        positive(answerGrace, "handoff.answerGraceSeconds");
        if (presenceHeartbeat.compareTo(offlineAfter) >= 0) {
            throw new ConfigException("handoff.presenceHeartbeatSeconds must be under handoff.offlineAfterSeconds ("
                    + presenceHeartbeat.toSeconds() + " s >= " + offlineAfter.toSeconds() + " s): a connected agent "
                    + "would look offline between heartbeats");
        }
        if (agentCapacity < 1 || agentCapacity > 100) {
            throw new ConfigException("handoff.agentCapacity must be 1 to 100: " + agentCapacity);
        }
    }

    private static void positive(Duration d, String key) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new ConfigException(key + " must be positive");
        }
    }
}

package dev.baton.knowledge;

import java.time.Instant;

/**
 * One publish: trained in the background, checked by the quality gate, and live only if it passed.
 *
 * @param version the version it became, once published
 * @param gate    the gate's report as JSON, once checked
 * @param error   why it failed, for {@link State#FAILED}
 */
public record Publish(
        long id,
        State state,
        String author,
        String note,
        Instant startedAt,
        Instant finishedAt,
        Long version,
        String gate,
        String error) {

    public enum State {
        TRAINING,
        CHECKING,
        PUBLISHED,
        REFUSED,
        FAILED;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public boolean finished() {
            return this == PUBLISHED || this == REFUSED || this == FAILED;
        }
    }

    public Publish withState(State next, Instant now) {
        return new Publish(id, next, author, note, startedAt, next.finished() ? now : null, version, gate, error);
    }

    public Publish published(long number, String report, Instant now) {
        return new Publish(id, State.PUBLISHED, author, note, startedAt, now, number, report, null);
    }

    public Publish refused(String report, Instant now) {
        return new Publish(id, State.REFUSED, author, note, startedAt, now, null, report, null);
    }

    public Publish failed(String why, Instant now) {
        return new Publish(id, State.FAILED, author, note, startedAt, now, null, gate, why);
    }
}

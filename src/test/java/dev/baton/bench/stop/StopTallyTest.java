package dev.baton.bench.stop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.bench.stop.StopTurn.Outcome;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Every offered turn lands in exactly one count, and a refused connection is placed by when the gate closed. */
class StopTallyTest {

    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final long MEASURED_FROM = 1_000 * MS;
    private static final long SIGTERM = 2_000 * MS;
    private static final long GATE_CLOSED = 2_100 * MS;
    private static final byte[] BODY = "{\"text\":\"hi\"}".getBytes();

    @Test
    void eachTurnIsCountedOnceByHowItEnded() {
        StopTurn[] turns = {
            ack(500 * MS, 3 * MS), // warm-up: counted, but no latency
            ack(1_500 * MS, 4 * MS),
            ack(1_600 * MS, 6 * MS),
            ack(2_050 * MS, 40 * MS), // due after the SIGTERM, answered during the stop delay
            StopTurn.failed(2_060 * MS, 2_060 * MS, 2_061 * MS, Outcome.SERVER_ERROR, "send 503"),
            StopTurn.failed(2_070 * MS, 2_070 * MS, 2_071 * MS, Outcome.REFUSED, "send 429"),
            StopTurn.failed(2_080 * MS, 2_080 * MS, 2_090 * MS, Outcome.NO_CONNECTION, "send no_connection"),
            StopTurn.failed(2_090 * MS, 2_090 * MS, 2_200 * MS, Outcome.NO_CONNECTION, "create no_connection"),
            StopTurn.failed(2_095 * MS, 2_095 * MS, 12_095 * MS, Outcome.TIMED_OUT, "send timed_out"),
            StopTurn.failed(2_099 * MS, 2_099 * MS, 2_300 * MS, Outcome.BROKEN, "send broken"),
            StopTurn.held(2_200 * MS, 2_200 * MS),
            StopTurn.held(2_300 * MS, 2_300 * MS),
            null, // offered, never came back
            ack(9_000 * MS, MS) // not offered: past the stop
        };

        StopTally tally = StopTally.of(turns, turns.length - 1, MEASURED_FROM, SIGTERM, GATE_CLOSED);

        assertThat(tally.offered()).isEqualTo(13);
        assertThat(tally.count(Outcome.ACKNOWLEDGED)).isEqualTo(4);
        assertThat(tally.serverErrors()).isEqualTo(1);
        assertThat(tally.count(Outcome.REFUSED)).isEqualTo(1);
        assertThat(tally.count(Outcome.NO_CONNECTION)).isEqualTo(2);
        assertThat(tally.noConnectionBeforeGate()).isEqualTo(1);
        assertThat(tally.noConnectionAfterGate()).isEqualTo(1);
        assertThat(tally.count(Outcome.TIMED_OUT)).isEqualTo(1);
        assertThat(tally.count(Outcome.BROKEN)).isEqualTo(1);
        assertThat(tally.count(Outcome.HELD)).isEqualTo(2);
        assertThat(tally.unanswered()).isEqualTo(1);
        long counted =
                tally.outcomes().values().stream().mapToLong(Long::longValue).sum();
        assertThat(counted + tally.unanswered()).isEqualTo(tally.offered());
        assertThat(tally.details())
                .containsEntry("send 503", 1L)
                .containsEntry("send 429", 1L)
                .containsEntry("send no_connection", 1L)
                .containsEntry("create no_connection", 1L)
                .hasSize(6);

        assertThat(tally.steadyMs()).isEqualTo(new StopTally.Latency(2, 4.0, 6.0, 6.0));
        assertThat(tally.stopMs()).isEqualTo(new StopTally.Latency(1, 40.0, 40.0, 40.0));
        assertThat(StopTally.acknowledged(turns, 13)).hasSize(4).allMatch(t -> t.conversationId() != null);
    }

    @Test
    void nothingOfferedIsAnEmptyTallyAndTooManyIsAMistake() {
        StopTally empty = StopTally.of(new StopTurn[0], 0, MEASURED_FROM, SIGTERM, GATE_CLOSED);

        assertThat(empty.offered()).isZero();
        assertThat(empty.serverErrors()).isZero();
        assertThat(empty.steadyMs().turns()).isZero();
        assertThatThrownBy(() -> StopTally.of(new StopTurn[1], 2, MEASURED_FROM, SIGTERM, GATE_CLOSED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void statusesAndIoFailuresAreJudgedAsABalancersClientWould() {
        assertThat(StopTurn.of(200)).isEqualTo(Outcome.ACKNOWLEDGED);
        assertThat(StopTurn.of(201)).isEqualTo(Outcome.ACKNOWLEDGED);
        assertThat(StopTurn.of(503)).isEqualTo(Outcome.SERVER_ERROR);
        assertThat(StopTurn.of(500)).isEqualTo(Outcome.SERVER_ERROR);
        assertThat(StopTurn.of(404)).isEqualTo(Outcome.REFUSED);
        assertThat(StopTurn.of(302)).isEqualTo(Outcome.REFUSED);

        assertThat(StopTurn.of(new ConnectException("Connection refused"))).isEqualTo(Outcome.NO_CONNECTION);
        assertThat(StopTurn.of(new SocketTimeoutException("connect timed out"))).isEqualTo(Outcome.NO_CONNECTION);
        assertThat(StopTurn.of(new SocketTimeoutException("Read timed out"))).isEqualTo(Outcome.TIMED_OUT);
        assertThat(StopTurn.of(new InterruptedIOException())).isEqualTo(Outcome.TIMED_OUT);
        assertThat(StopTurn.of(new SocketException("Connection reset"))).isEqualTo(Outcome.BROKEN);
        assertThat(StopTurn.of(new IOException("Unexpected end of file from server")))
                .isEqualTo(Outcome.BROKEN);
    }

    private static StopTurn ack(long due, long latency) {
        return StopTurn.acknowledged(due, due, due + latency, "c-" + due, 1, BODY);
    }
}

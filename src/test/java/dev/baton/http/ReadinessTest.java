package dev.baton.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** What the readiness probe says in each state, and that a stop outranks everything. */
class ReadinessTest {

    final AtomicBoolean store = new AtomicBoolean(true);
    final AtomicBoolean relay = new AtomicBoolean(true);

    @Test
    void readyWhenTheStoreAnswersAndTheRelayListens() {
        Readiness.Report report = new Readiness(store::get, relay::get).check();

        assertThat(report.ready()).isTrue();
        assertThat(report.status()).isEqualTo("ready");
        assertThat(report.checks()).isEqualTo(Map.of("store", "ok", "model", "ok", "relay", "ok"));
    }

    @Test
    void notReadyWhileTheStoreOrTheRelayIsDown() {
        Readiness readiness = new Readiness(store::get, relay::get);
        relay.set(false);
        assertThat(readiness.check().status()).isEqualTo("not_ready");
        assertThat(readiness.check().checks()).containsEntry("relay", "failing");

        relay.set(true);
        store.set(false);
        assertThat(readiness.check().ready()).isFalse();
        assertThat(readiness.check().checks()).containsEntry("store", "failing");
    }

    @Test
    void aStopIsNotReadyWhateverElseHolds() {
        Readiness readiness = new Readiness(store::get, null);
        assertThat(readiness.check().checks()).containsEntry("relay", "not used");

        readiness.beginStop();

        assertThat(readiness.check().ready()).isFalse();
        assertThat(readiness.check().status()).isEqualTo("stopping");
    }
}

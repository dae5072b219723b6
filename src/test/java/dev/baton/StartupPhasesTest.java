package dev.baton;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A start's phases are written as one log line and read back from it. */
class StartupPhasesTest {

    @Test
    void theLineReadsBackAsThePhasesRecorded() {
        StartupPhases phases = StartupPhases.sinceNow();
        long t = System.nanoTime();
        phases.record("store.pool", t, t + 2_500_000);
        String value = phases.time("corpus", () -> "read");

        Map<String, StartupPhases.Phase> read =
                StartupPhases.parse("10:00:00.000 DEBUG dev.baton.startup - " + phases.line());

        assertThat(value).isEqualTo("read");
        assertThat(read).containsOnlyKeys("store.pool", "corpus");
        assertThat(read.get("store.pool").took()).isEqualTo(2.5);
        assertThat(read.get("store.pool").cpu()).isZero();
        assertThat(read.get("corpus").start())
                .isGreaterThanOrEqualTo(read.get("store.pool").start());
    }

    @Test
    void theFirstPhaseOfAProcessIsTheJvmsOwnStart() {
        StartupPhases phases = StartupPhases.sinceJvmStart();

        StartupPhases.Phase jvm = phases.phases().get(0);
        assertThat(jvm.name()).isEqualTo("jvm");
        assertThat(jvm.start()).isZero();
        assertThat(jvm.took()).isPositive();
    }

    @Test
    void aLineWithoutPhasesReadsAsNone() {
        assertThat(StartupPhases.parse("10:00:00.000 INFO  d.b.k.LiveKnowledge - now answering"))
                .isEmpty();
    }
}

package dev.baton.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only turns inside the measured window count, and a turn cap or a stop ends everyone's run. */
class LoadPhasesTest {

    @Test
    void turnsDuringWarmupOrPastTheDeadlineAreNotMeasured() {
        LoadPhases phases = new LoadPhases(1_000, 100, 50, 0);
        assertThat(phases.measured(1_050, 1_060)).isFalse();
        assertThat(phases.measured(1_099, 1_110)).isFalse();
        assertThat(phases.measured(1_100, 1_120)).isTrue();
        assertThat(phases.measured(1_140, 1_151)).isFalse();
        assertThat(phases.running(1_149)).isTrue();
        assertThat(phases.running(1_150)).isFalse();
        assertThat(phases.measureEnd() - phases.measureFrom()).isEqualTo(50);
    }

    @Test
    void theTurnCapStopsTheRunAndShortensTheWindow() {
        LoadPhases phases = new LoadPhases(0, 0, 1_000, 2);
        assertThat(phases.admit(10)).isTrue();
        assertThat(phases.admit(20)).isTrue();
        assertThat(phases.running(25)).isTrue();
        assertThat(phases.admit(30)).isFalse();
        assertThat(phases.running(31)).isFalse();
        assertThat(phases.stopped()).isTrue();
        assertThat(phases.measureEnd()).isEqualTo(30);
        assertThat(phases.measured(25, 40)).isFalse();
    }
}

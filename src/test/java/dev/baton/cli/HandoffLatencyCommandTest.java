package dev.baton.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.bench.handoff.HandoffOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code baton handofflatency}'s defaults are the documented ones. */
class HandoffLatencyCommandTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        HandoffOptions o = HandoffLatencyCommand.options(List.of());

        assertThat(o).isEqualTo(new HandoffOptions(300, 20, 45, null, null, "256m", 5_000));
        assertThat(o.store()).isEqualTo("embedded");
        assertThat(HandoffLatencyCommand.options(
                                List.of("--db-url", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres"))
                        .store())
                .isEqualTo("postgresql");
    }
}

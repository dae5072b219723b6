package dev.baton.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class LogContextTest {

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void theIdsAreSetWhileTheWorkRunsAndGoneAfterwards() {
        try (LogContext log = LogContext.open().conversation("c1").agent("a1")) {
            LogContext.ticketLearnt("t1");
            assertThat(MDC.getCopyOfContextMap())
                    .containsExactlyInAnyOrderEntriesOf(
                            java.util.Map.of("conversation", "c1", "ticket", "t1", "agent", "a1"));
        }
        assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
    }

    @Test
    void theIdsAreGoneAfterAFailureToo() {
        assertThatThrownBy(() -> {
                    try (LogContext log = LogContext.open().conversation("c1").ticket("t1")) {
                        throw new IllegalStateException("boom");
                    }
                })
                .hasMessage("boom");
        assertThat(MDC.get("conversation")).isNull();
        assertThat(MDC.get("ticket")).isNull();
    }

    @Test
    void nestedWorkGivesItsCallerItsIdsBack() {
        try (LogContext outer = LogContext.open().conversation("c1")) {
            try (LogContext inner = LogContext.open().conversation("c2").agent("a1")) {
                assertThat(MDC.get("conversation")).isEqualTo("c2");
            }
            assertThat(MDC.get("conversation")).isEqualTo("c1");
            assertThat(MDC.get("agent")).isNull();
        }
    }

    @Test
    void aMissingIdSetsNothing() {
        try (LogContext log = LogContext.open().conversation(null).ticket(" ")) {
            assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
        }
    }
}

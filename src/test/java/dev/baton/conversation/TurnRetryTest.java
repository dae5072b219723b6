package dev.baton.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TurnRetryTest {

    private final List<Integer> attempts = new ArrayList<>();

    @Test
    void aTurnThatLosesTwiceCommitsOnItsThirdAttempt() {
        String result = TurnRetry.run("c_1", attempt -> {
            attempts.add(attempt);
            if (attempt < 3) {
                throw new ConcurrentTurnException("c_1");
            }
            return "committed";
        });

        assertThat(result).isEqualTo("committed");
        assertThat(attempts).containsExactly(1, 2, 3);
    }

    @Test
    void aTurnThatAlwaysLosesGivesUpAfterTheLimitWithAConflict() {
        assertThatThrownBy(() -> TurnRetry.run("c_1", attempt -> {
                    attempts.add(attempt);
                    throw new ConcurrentTurnException("c_1");
                }))
                .isInstanceOfSatisfying(ChatException.class, e -> {
                    assertThat(e.problem()).isEqualTo(ChatException.Problem.CONFLICT);
                    assertThat(e).hasMessageContaining("c_1").hasCauseInstanceOf(ConcurrentTurnException.class);
                });

        assertThat(attempts).hasSize(TurnRetry.ATTEMPTS).last().isEqualTo(TurnRetry.ATTEMPTS);
    }

    @Test
    void anyOtherFailureEndsTheTurnWithoutRetrying() {
        assertThatThrownBy(() -> TurnRetry.run("c_1", attempt -> {
                    attempts.add(attempt);
                    throw new ChatException(ChatException.Problem.CONVERSATION_NOT_FOUND, "no conversation c_1");
                }))
                .isInstanceOfSatisfying(
                        ChatException.class,
                        e -> assertThat(e.problem()).isEqualTo(ChatException.Problem.CONVERSATION_NOT_FOUND));

        assertThat(attempts).containsExactly(1);
    }

    @Test
    void aTurnThatDoesNothingReturnsNull() {
        Object result = TurnRetry.run("c_1", attempt -> null);
        assertThat(result).isNull();
    }
}

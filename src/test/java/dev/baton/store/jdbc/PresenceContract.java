package dev.baton.store.jdbc;

import static dev.baton.store.jdbc.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.agent.Agent;
import dev.baton.agent.AgentStore;
import dev.baton.agent.Availability;
import dev.baton.agent.PresenceStore;
import dev.baton.agent.PresenceStore.Seen;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The part of {@link StoreContract} on agents' availability: what an agent chose holds for every instance, and
 * an agent's last sighting is the latest any instance recorded; revoked agents are left out, and old connection
 * rows are forgotten.
 */
interface PresenceContract {

    AgentStore agents();

    PresenceStore presence();

    private Agent agent(String id, String name) {
        Agent agent = new Agent(id, name, 1, false, false, T0, null);
        agents().add(agent, "00", "11");
        return agent;
    }

    private Seen seen(String agentId) {
        return presence().agents().stream()
                .filter(s -> s.agent().id().equals(agentId))
                .findFirst()
                .orElseThrow();
    }

    @Test
    default void anAgentIsAvailableUntilTheyChooseAwayAndNeverSeenUntilAnInstanceRecordsThem() {
        Agent ann = agent("a_ann", "ann");

        assertThat(presence().agents()).singleElement().isEqualTo(new Seen(ann, Availability.AVAILABLE, null));

        assertThat(presence().choose("a_ann", Availability.AWAY)).isTrue();
        assertThat(seen("a_ann").chosen()).isEqualTo(Availability.AWAY);
        assertThat(presence().choose("a_ann", Availability.AVAILABLE)).isTrue();
        assertThat(seen("a_ann").chosen()).isEqualTo(Availability.AVAILABLE);
        assertThat(presence().choose("a_nobody", Availability.AWAY)).isFalse();
        assertThatThrownBy(() -> presence().choose("a_ann", Availability.OFFLINE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    default void theLastSightingIsTheLatestOfEveryInstanceAndNeverMovesBack() {
        agent("a_ann", "ann");
        agent("a_bob", "bob");

        presence().seen("i_1", Set.of("a_ann", "a_bob"), T0.plusSeconds(10));
        presence().seen("i_2", Set.of("a_ann"), T0.plusSeconds(30));
        presence().seen("i_1", Set.of("a_ann"), T0.plusSeconds(20));
        presence().seen("i_2", Set.of("a_ann"), T0.plusSeconds(5)); // a late write from a slow heartbeat
        presence().seen("i_1", Set.of(), T0.plusSeconds(40));

        assertThat(seen("a_ann").lastSeen()).isEqualTo(T0.plusSeconds(30));
        assertThat(seen("a_bob").lastSeen()).isEqualTo(T0.plusSeconds(10));
        assertThat(presence().agents()).extracting(s -> s.agent().name()).containsExactly("ann", "bob");
    }

    @Test
    default void revokedAgentsAreLeftOutAndOldConnectionsAreForgotten() {
        agent("a_ann", "ann");
        agent("a_bob", "bob");
        presence().seen("i_gone", Set.of("a_ann", "a_bob"), T0);
        presence().seen("i_live", Set.of("a_bob"), T0.plusSeconds(100));
        agents().revoke("ann", T0.plusSeconds(1));

        assertThat(presence().agents()).extracting(s -> s.agent().id()).containsExactly("a_bob");

        assertThat(presence().forget(T0.plusSeconds(50)))
                .as("the gone instance's two rows")
                .isEqualTo(2);
        assertThat(seen("a_bob").lastSeen()).isEqualTo(T0.plusSeconds(100));
        assertThat(presence().forget(T0.plusSeconds(100)))
                .as("not seen before the cut: kept")
                .isZero();
        assertThat(presence().agents()).hasSize(1);
    }
}

package dev.baton.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.store.jdbc.Database;
import dev.baton.store.jdbc.JdbcAgentStore;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AgentAccountsTest {

    private Database database;
    private AgentAccounts accounts;

    @BeforeEach
    void open() {
        database = Database.open(
                "jdbc:h2:mem:agents" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DB_CLOSE_DELAY=-1",
                "baton",
                "",
                2);
        accounts = new AgentAccounts(new JdbcAgentStore(database), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anIssuedTokenOpensItsAgentAndNothingElseDoes() {
        AgentAccounts.Issued alice = accounts.add("alice", 1, Set.of());
        AgentAccounts.Issued bob = accounts.add("bob", 2, Set.of(Right.SUPERVISOR));

        assertThat(accounts.authenticate(alice.token())).contains(alice.agent());
        assertThat(accounts.authenticate(bob.token())).map(Agent::supervisor).contains(true);
        assertThat(accounts.authenticate(alice.token() + "x")).isEmpty();
        assertThat(accounts.authenticate(
                        alice.token().substring(0, alice.token().indexOf('.') + 1)
                                + bob.token().substring(bob.token().indexOf('.') + 1)))
                .isEmpty();
        assertThat(accounts.authenticate("agt_nope.secret")).isEmpty();
        assertThat(accounts.authenticate("Bearer whatever")).isEmpty();
        assertThat(accounts.authenticate(null)).isEmpty();
    }

    @Test
    void aRevokedTokenOpensNothing() {
        AgentAccounts.Issued alice = accounts.add("alice", 1, Set.of());

        Agent revoked = accounts.revoke("alice");

        assertThat(revoked.active()).isFalse();
        assertThat(accounts.authenticate(alice.token())).isEmpty();
        assertThatThrownBy(() -> accounts.revoke("nobody"))
                .isInstanceOfSatisfying(
                        AgentException.class, e -> assertThat(e.code()).isEqualTo("agent_not_found"));
    }

    @Test
    void namesAreUniqueAndChecked() {
        accounts.add("alice", 1, Set.of());

        assertThatThrownBy(() -> accounts.add("alice", 2, Set.of()))
                .isInstanceOfSatisfying(
                        AgentException.class, e -> assertThat(e.code()).isEqualTo("agent_exists"));
        assertThatThrownBy(() -> accounts.add("bad name", 1, Set.of()))
                .isInstanceOfSatisfying(
                        AgentException.class, e -> assertThat(e.code()).isEqualTo("invalid_agent"));
        assertThatThrownBy(() -> accounts.add("carol", 3, Set.of()))
                .isInstanceOfSatisfying(
                        AgentException.class, e -> assertThat(e.code()).isEqualTo("invalid_agent"));
        assertThat(accounts.list()).extracting(Agent::name).containsExactly("alice");
    }

    @Test
    void onlyASaltedHashOfTheTokenIsStored() {
        AgentAccounts.Issued alice = accounts.add("alice", 1, Set.of());
        AgentAccounts.Issued again = accounts.add("alice2", 1, Set.of());
        String secret = alice.token().substring(alice.token().indexOf('.') + 1);

        JdbcAgentStore store = new JdbcAgentStore(database);
        AgentStore.Credentials stored = store.byId(alice.agent().id()).orElseThrow();

        assertThat(stored.hash()).isNotEqualTo(secret).doesNotContain(secret).hasSize(64);
        assertThat(stored.salt())
                .isNotEqualTo(store.byId(again.agent().id()).orElseThrow().salt());
        assertThat(stored.hash()).isEqualTo(AgentAccounts.hash(stored.salt(), secret));
    }

    @Test
    void rightsAreGrantedAndWithdrawnOneAtATimeAndKeptByTheStore() {
        AgentAccounts.Issued alice = accounts.add("alice", 1, Set.of(Right.EDITOR));
        assertThat(alice.agent().editor()).isTrue();
        assertThat(alice.agent().supervisor()).isFalse();

        Agent granted = accounts.setRight("alice", Right.SUPERVISOR, true);
        Agent again = accounts.setRight("alice", Right.SUPERVISOR, true);
        Agent withdrawn = accounts.setRight("alice", Right.EDITOR, false);

        assertThat(granted.has(Right.SUPERVISOR) && granted.has(Right.EDITOR)).isTrue();
        assertThat(again).isEqualTo(granted);
        assertThat(withdrawn.has(Right.EDITOR)).isFalse();
        assertThat(accounts.authenticate(alice.token()))
                .hasValueSatisfying(
                        a -> assertThat(a.supervisor() && !a.editor()).isTrue());
        assertThat(accounts.list()).singleElement().isEqualTo(withdrawn);
    }

    @Test
    void anUnknownAgentOrRightIsRefusedByItsCode() {
        assertThatThrownBy(() -> accounts.setRight("nobody", Right.EDITOR, true))
                .isInstanceOfSatisfying(
                        AgentException.class, e -> assertThat(e.code()).isEqualTo("agent_not_found"));
        assertThatThrownBy(() -> Right.fromWire("owner"))
                .isInstanceOfSatisfying(
                        AgentException.class, e -> assertThat(e.code()).isEqualTo("invalid_right"));
        assertThat(Right.fromWire("editor")).isEqualTo(Right.EDITOR);
    }
}

package dev.baton.cli;

import dev.baton.agent.Agent;
import dev.baton.agent.AgentAccounts;
import dev.baton.agent.Right;
import java.util.List;
import java.util.Set;

/** What {@code baton agent} does to agent accounts, whether on the store itself or through a running server. */
interface AgentOps {

    /** @throws dev.baton.agent.AgentException or {@link CliException} when refused */
    AgentAccounts.Issued add(String name, int tier, Set<Right> rights);

    Agent revoke(String name);

    /** Grants ({@code held}) or withdraws {@code right}. */
    Agent setRight(String name, Right right, boolean held);

    List<Agent> list();

    /** The operations on accounts opened in this process. */
    static AgentOps of(AgentAccounts accounts) {
        return new AgentOps() {
            @Override
            public AgentAccounts.Issued add(String name, int tier, Set<Right> rights) {
                return accounts.add(name, tier, rights);
            }

            @Override
            public Agent setRight(String name, Right right, boolean held) {
                return accounts.setRight(name, right, held);
            }

            @Override
            public Agent revoke(String name) {
                return accounts.revoke(name);
            }

            @Override
            public List<Agent> list() {
                return accounts.list();
            }
        };
    }
}

package dev.baton.cli;

import dev.baton.agent.Agent;
import dev.baton.agent.AgentAccounts;
import java.util.List;

/** What {@code baton agent} does to agent accounts, whether on the store itself or through a running server. */
interface AgentOps {

    /** @throws dev.baton.agent.AgentException or {@link CliException} when refused */
    AgentAccounts.Issued add(String name, int tier, boolean supervisor);

    Agent revoke(String name);

    List<Agent> list();

    /** The operations on accounts opened in this process. */
    static AgentOps of(AgentAccounts accounts) {
        return new AgentOps() {
            @Override
            public AgentAccounts.Issued add(String name, int tier, boolean supervisor) {
                return accounts.add(name, tier, supervisor);
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

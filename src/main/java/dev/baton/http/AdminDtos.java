package dev.baton.http;

import dev.baton.agent.Agent;
import java.util.List;

/** The admin path's wire format (agent accounts, for {@code baton agent} beside a running server). */
final class AdminDtos {

    private AdminDtos() {}

    /** {@code POST /api/v1/admin/agents}; tier defaults to 1, supervisor and editor to false. */
    record NewAgent(String name, Integer tier, Boolean supervisor, Boolean editor) {}

    record AgentView(
            String id, String name, int tier, boolean supervisor, boolean editor, String createdAt, String revokedAt) {
        static AgentView of(Agent a) {
            return new AgentView(
                    a.id(),
                    a.name(),
                    a.tier(),
                    a.supervisor(),
                    a.editor(),
                    a.createdAt().toString(),
                    a.revokedAt() == null ? null : a.revokedAt().toString());
        }
    }

    record Added(AgentView agent, String token) {}

    record Agents(List<AgentView> agents) {}
}

package dev.baton.bench.handoff;

import java.util.Map;

/**
 * How a run gets its agent into the store of the server it spawned, the way {@code baton agent add} does
 * beside a running server.
 */
@FunctionalInterface
public interface AgentEnrolment {

    /**
     * Adds the agent and returns its token.
     *
     * @param storeSettings the spawned server's store settings ({@code BATON_DATA_DIR}, {@code BATON_DB_*})
     */
    String enrol(String name, Map<String, String> storeSettings);
}

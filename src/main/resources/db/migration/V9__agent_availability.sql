-- Agents' availability. What an agent chose (available or away) is kept with the account; whether they are
-- online at all is derived from agent_connections: each instance records, on a heartbeat, the agents it holds
-- a live agent-stream socket for. An agent no instance saw within the offline timeout is offline, whatever
-- they chose. Portable across H2 (PostgreSQL mode) and PostgreSQL.

ALTER TABLE agents ADD COLUMN availability VARCHAR(16) DEFAULT 'available' NOT NULL;

CREATE TABLE agent_connections (
    agent_id     VARCHAR(40)  NOT NULL,
    instance_id  VARCHAR(64)  NOT NULL,
    last_seen    BIGINT       NOT NULL,
    PRIMARY KEY (agent_id, instance_id)
);
-- Forgetting the rows of instances long gone: WHERE last_seen < ?.
CREATE INDEX agent_connections_seen ON agent_connections (last_seen);

-- Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL: portable types only.
-- Instants are epoch milliseconds; enums are their lowercase wire names; *JSON columns hold Jackson text.
-- VARCHAR without a length is unbounded on PostgreSQL and 1,000,000 characters on H2, and unlike TEXT
-- (a CLOB on H2) it is stored inline on both.

CREATE TABLE conversations (
    id          VARCHAR(100) NOT NULL PRIMARY KEY,
    token_hash  VARCHAR(128) NOT NULL,
    locale      VARCHAR(35),
    channel     VARCHAR(32)  NOT NULL,
    state       VARCHAR(32)  NOT NULL,
    memory      VARCHAR      NOT NULL,  -- JSON of DialogueMemory
    last_seq    BIGINT       NOT NULL,
    version     BIGINT       NOT NULL,
    created_at  BIGINT       NOT NULL,
    updated_at  BIGINT       NOT NULL
);

CREATE TABLE messages (
    conversation_id  VARCHAR(100) NOT NULL REFERENCES conversations (id),
    seq              BIGINT       NOT NULL,
    sender           VARCHAR(16)  NOT NULL,
    text             VARCHAR      NOT NULL,
    quick_replies    VARCHAR,               -- JSON list of QuickReply; NULL when none
    decision         VARCHAR,               -- JSON of DecisionTrail; NULL when none
    created_at       BIGINT       NOT NULL,
    PRIMARY KEY (conversation_id, seq)
);

CREATE TABLE tickets (
    id               VARCHAR(100) NOT NULL PRIMARY KEY,
    conversation_id  VARCHAR(100) NOT NULL REFERENCES conversations (id),
    priority         VARCHAR(16)  NOT NULL,
    priority_rank    INTEGER      NOT NULL,  -- queue order: 0 urgent, 1 normal
    reason           VARCHAR(200) NOT NULL,
    status           VARCHAR(32)  NOT NULL,
    tier             INTEGER      NOT NULL,
    details          VARCHAR      NOT NULL,  -- JSON of Details
    created_at       BIGINT       NOT NULL,
    updated_at       BIGINT       NOT NULL
);

-- The agents' queue: WHERE status = 'queued' ORDER BY priority_rank, created_at, id.
CREATE INDEX tickets_queue ON tickets (status, priority_rank, created_at, id);
CREATE INDEX tickets_conversation ON tickets (conversation_id);

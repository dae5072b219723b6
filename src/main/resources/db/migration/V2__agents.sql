-- Human agents who take handed-off conversations. A token is shown once; only its salted SHA-256 is kept.
CREATE TABLE agents (
    id           VARCHAR(40)  NOT NULL PRIMARY KEY,
    name         VARCHAR(100) NOT NULL UNIQUE,
    tier         INTEGER      NOT NULL,
    supervisor   BOOLEAN      NOT NULL,
    token_salt   VARCHAR(64)  NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL,
    created_at   BIGINT       NOT NULL,
    revoked_at   BIGINT
);

-- Expiry of conversations that never had a turn: WHERE version = 0 AND created_at < ?. Portable (H2 has no
-- partial index); a turn moves its conversation's entry once per version.
CREATE INDEX conversations_empty ON conversations (version, created_at);

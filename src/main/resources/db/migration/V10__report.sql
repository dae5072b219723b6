-- The supervisor report reads by time: the conversations started in a period (their messages then by primary
-- key, their tickets by tickets_conversation) and the tickets opened in it. Portable across H2 and PostgreSQL.
CREATE INDEX conversations_created ON conversations (created_at);
CREATE INDEX tickets_created ON tickets (created_at);

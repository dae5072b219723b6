-- A turn rewrote an index entry of its conversation on every version (conversations_empty, on version and
-- created_at): two more index pages dirtied per turn on H2, and on PostgreSQL a new entry in every index of
-- the table, since a changed indexed column rules out a heap-only (HOT) update. Whether a conversation has had
-- a turn is now a column of its own that changes once, with the first turn; the expiry's index is on it.
ALTER TABLE conversations ADD COLUMN started BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE conversations SET started = TRUE WHERE version > 0;
CREATE INDEX conversations_unstarted ON conversations (started, created_at);
DROP INDEX conversations_empty;

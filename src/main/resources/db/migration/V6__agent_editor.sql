-- The editor right: an agent who may change what Baton knows (FAQ entries, intents, their examples).
ALTER TABLE agents ADD COLUMN editor BOOLEAN DEFAULT FALSE NOT NULL;

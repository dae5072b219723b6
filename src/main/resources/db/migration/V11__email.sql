-- Email as a channel. An inbound delivery may name the conversation it continues (an email's reply to one of
-- Baton's, found from its In-Reply-To or References); it is taken there only when that conversation is the
-- same chat's. A widget conversation whose user chose email follow-up is linked to the chat ('email',
-- address), so the agents' replies reach the address through the outbox and the emailed answers come back.

ALTER TABLE inbound ADD COLUMN thread_id VARCHAR(200);
-- The subject a mail came with (redacted like its text), which Baton's answer takes up as "Re: ...".
ALTER TABLE inbound ADD COLUMN topic VARCHAR(300);

-- Keys the instances share, made once by whichever starts first: the key Baton's mail Message-IDs are signed
-- with, so that a reply is threaded into its conversation on every instance and after every restart.
CREATE TABLE signing_keys (
    purpose     VARCHAR(40)  NOT NULL PRIMARY KEY,
    secret      VARCHAR(128) NOT NULL,  -- hex
    created_at  BIGINT       NOT NULL
);

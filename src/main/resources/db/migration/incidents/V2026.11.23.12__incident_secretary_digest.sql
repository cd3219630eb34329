-- The municipal secretary's digest: when it last went out, so each new case is announced once.
ALTER TABLE incident_settings ADD COLUMN digest_sent_at timestamptz;

-- Meldpunt (ADR 0600, 0601). What a report says is encrypted with a key of its own, which is stored only wrapped
-- by the municipality's key (derived from a master key outside the database): content, attachments and messages
-- are bytea ciphertexts. An anonymous report keeps no user, address, user agent or time finer than the day; ids are
-- random UUIDs, and messages are ordered by a number within the report, not by time.

CREATE TABLE meldpunt_report (
  id              uuid PRIMARY KEY,
  tenant_id       uuid NOT NULL REFERENCES municipality (id),
  kind            text NOT NULL CHECK (kind IN ('MISCONDUCT', 'LEAK', 'CONFLICT_OF_INTEREST', 'FAVOURED_DECISION',
                                                'OUTSIDE_PRESSURE', 'UNDERMINING')),
  received_on     date NOT NULL,
  receipt_hash    text NOT NULL,
  key_nonce       bytea NOT NULL,
  key_wrapped     bytea NOT NULL,
  content_nonce   bytea NOT NULL,
  content         bytea NOT NULL,
  -- recipients the reporter chose to keep out ("not to X"); person ids of the same municipality
  not_to          uuid[] NOT NULL DEFAULT '{}',
  acknowledged_on date,
  informed_on     date,
  UNIQUE (tenant_id, id),
  UNIQUE (tenant_id, receipt_hash)
);
CREATE INDEX meldpunt_report_deadline_idx ON meldpunt_report (tenant_id, informed_on, acknowledged_on, received_on);

CREATE TABLE meldpunt_message (
  id            uuid PRIMARY KEY,
  tenant_id     uuid NOT NULL REFERENCES municipality (id),
  report_id     uuid NOT NULL,
  seq           integer NOT NULL CHECK (seq >= 1),
  from_reporter boolean NOT NULL,
  -- the recipient who wrote it; null for the reporter
  author_id     uuid,
  sent_on       date NOT NULL,
  body_nonce    bytea NOT NULL,
  body          bytea NOT NULL,
  UNIQUE (tenant_id, report_id, seq),
  FOREIGN KEY (tenant_id, report_id) REFERENCES meldpunt_report (tenant_id, id) ON DELETE CASCADE,
  CHECK (from_reporter = (author_id IS NULL))
);

CREATE TABLE meldpunt_attachment (
  id           uuid PRIMARY KEY,
  tenant_id    uuid NOT NULL REFERENCES municipality (id),
  report_id    uuid NOT NULL,
  content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'application/pdf')),
  size_bytes   integer NOT NULL CHECK (size_bytes > 0),
  name_nonce   bytea NOT NULL,
  name         bytea NOT NULL,
  data_nonce   bytea NOT NULL,
  data         bytea NOT NULL,
  FOREIGN KEY (tenant_id, report_id) REFERENCES meldpunt_report (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX meldpunt_attachment_report_idx ON meldpunt_attachment (tenant_id, report_id);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['meldpunt_report', 'meldpunt_message', 'meldpunt_attachment'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_tenant()) '
                   || 'WITH CHECK (tenant_id = current_tenant())', t);
  END LOOP;
END $$;

-- Messages and attachments are never changed once written.
REVOKE UPDATE ON meldpunt_message, meldpunt_attachment FROM ${appRole};

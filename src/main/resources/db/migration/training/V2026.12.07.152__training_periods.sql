-- Certification periods (ADR 0903): one row per person, kind and period. A renewal adds a row and never changes an
-- earlier one, so the history of every person's certification stays. A row without valid_until is pending (enrolled
-- in a session not yet attended); attending fills it in once.

CREATE TABLE training_period (
  tenant_id    uuid NOT NULL REFERENCES municipality (id),
  id           uuid PRIMARY KEY,
  user_id      uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  kind_id      uuid NOT NULL REFERENCES training_kind (id),
  session_id   uuid NOT NULL REFERENCES training_session (id) ON DELETE CASCADE,
  started_on   date,
  valid_until  date,
  CHECK ((started_on IS NULL) = (valid_until IS NULL)),
  CHECK (valid_until IS NULL OR valid_until > started_on),
  UNIQUE (session_id, user_id)
);
CREATE INDEX training_period_tenant_user_idx ON training_period (tenant_id, user_id, kind_id, started_on);
CREATE INDEX training_period_tenant_until_idx ON training_period (tenant_id, valid_until);
ALTER TABLE training_period ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON training_period USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());

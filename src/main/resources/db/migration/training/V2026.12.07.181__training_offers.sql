-- An offer of de-escalation training to a department after a non-confidential incident there (ADR 0908): at most one
-- per department and calendar quarter; the incidents that led to it are listed, by id only (no names, no text).
CREATE TABLE training_offer (
  tenant_id      uuid NOT NULL REFERENCES municipality (id),
  id             uuid PRIMARY KEY,
  department_id  uuid NOT NULL REFERENCES department (id) ON DELETE CASCADE,
  quarter_start  date NOT NULL,
  offered_at     timestamptz NOT NULL,
  session_id     uuid REFERENCES training_session (id) ON DELETE SET NULL,
  UNIQUE (tenant_id, department_id, quarter_start)
);
ALTER TABLE training_offer ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON training_offer USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());

CREATE TABLE training_offer_incident (
  tenant_id    uuid NOT NULL REFERENCES municipality (id),
  offer_id     uuid NOT NULL REFERENCES training_offer (id) ON DELETE CASCADE,
  incident_id  uuid NOT NULL,
  occurred_at  timestamptz NOT NULL,
  PRIMARY KEY (offer_id, incident_id)
);
CREATE INDEX training_offer_incident_tenant_idx ON training_offer_incident (tenant_id, offer_id, occurred_at);
ALTER TABLE training_offer_incident ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON training_offer_incident USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());

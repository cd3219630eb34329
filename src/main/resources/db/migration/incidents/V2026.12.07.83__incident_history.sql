-- What happened to a case that no other table keeps: step changes, mails queued, exports, links, closing (issue 17).
-- The report itself and the reporter's additions are read from their own tables.
CREATE TABLE incident_history (
  id          uuid PRIMARY KEY,
  tenant_id   uuid NOT NULL REFERENCES municipality (id),
  incident_id uuid NOT NULL REFERENCES incident (id),
  at          timestamptz NOT NULL,
  kind        text NOT NULL CHECK (kind IN ('STEP_SAVED', 'STEP_COMPLETED', 'STEP_STEPPED_IN', 'MAILED', 'EXPORTED',
                                            'LINKED', 'CLOSED')),
  actor_id    uuid REFERENCES app_user (id),
  detail      text CHECK (length(detail) <= 200)
);
CREATE INDEX incident_history_case_idx ON incident_history (tenant_id, incident_id, at);
ALTER TABLE incident_history ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON incident_history USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
REVOKE UPDATE, DELETE ON incident_history FROM ${appRole};

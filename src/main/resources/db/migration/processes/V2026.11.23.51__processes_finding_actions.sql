-- Actions made from findings, by the finding's stable key: the link survives later analysis runs.
CREATE TABLE proc_finding_action (
  tenant_id   uuid NOT NULL REFERENCES municipality (id),
  finding_key text NOT NULL,
  action_id   uuid NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, finding_key)
);
ALTER TABLE proc_finding_action ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON proc_finding_action
  USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());

-- Access rights and step authorisations are loaded in bulk by the import, which checks every person,
-- step and application in the same transaction; per-row foreign-key triggers would dominate the load time.
-- Deleting a person, step or application removes their rows explicitly.
ALTER TABLE proc_access DROP CONSTRAINT proc_access_person_id_fkey;
ALTER TABLE proc_access DROP CONSTRAINT proc_access_application_id_fkey;

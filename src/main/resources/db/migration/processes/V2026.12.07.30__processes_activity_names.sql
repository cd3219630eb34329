-- Activities tag process steps for the segregation-of-duty rules. People choose and read them by name; the code
-- stays internal. The shipped activities are named in the message bundles (Dutch and English); a municipality's
-- own activities are named here, in the words the municipality typed.
CREATE TABLE proc_activity (
  tenant_id  uuid NOT NULL REFERENCES municipality (id),
  code       text NOT NULL CHECK (code ~ '^[A-Z0-9_]{2,40}$'),
  name       text NOT NULL CHECK (length(name) BETWEEN 2 AND 80),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, code)
);
CREATE UNIQUE INDEX proc_activity_name_idx ON proc_activity (tenant_id, lower(name));
ALTER TABLE proc_activity ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON proc_activity
  USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());

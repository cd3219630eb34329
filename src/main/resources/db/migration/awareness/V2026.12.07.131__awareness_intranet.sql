-- The intranet sites of a municipality that may frame the hub's public page (frame-ancestors), kept by the
-- coordinator or the application administrator. An origin is scheme, host and port only, checked by the application.
CREATE TABLE awareness_intranet_origin (
  tenant_id  uuid NOT NULL REFERENCES municipality (id),
  origin     text NOT NULL CHECK (origin ~ '^https?://[a-z0-9.-]+(:[0-9]{1,5})?$'),
  added_by   uuid REFERENCES app_user (id),
  added_at   timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, origin)
);
ALTER TABLE awareness_intranet_origin ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON awareness_intranet_origin USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
REVOKE UPDATE ON awareness_intranet_origin FROM ${appRole};

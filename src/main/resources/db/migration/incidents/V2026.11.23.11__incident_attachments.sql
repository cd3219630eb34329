-- Attachments of incidents (photos, documents), encrypted at rest with AES-GCM by the application.
CREATE TABLE incident_attachment (
  id           uuid PRIMARY KEY,
  tenant_id    uuid NOT NULL REFERENCES municipality (id),
  incident_id  uuid NOT NULL REFERENCES incident (id),
  filename     text NOT NULL CHECK (length(filename) BETWEEN 1 AND 200),
  content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'application/pdf', 'image/heic')),
  size_bytes   integer NOT NULL CHECK (size_bytes > 0),
  nonce        bytea NOT NULL,
  ciphertext   bytea NOT NULL,
  uploaded_by  uuid REFERENCES app_user (id),
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX incident_attachment_tenant_incident_idx ON incident_attachment (tenant_id, incident_id);
ALTER TABLE incident_attachment ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON incident_attachment USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
REVOKE UPDATE ON incident_attachment FROM ${appRole};

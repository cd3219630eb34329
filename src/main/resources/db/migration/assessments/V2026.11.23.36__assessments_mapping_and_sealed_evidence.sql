-- Evidence files of answers are stored encrypted (AES-GCM by the application): evidence_file holds the
-- ciphertext, evidence_nonce its nonce and evidence_type the type recognised from the content. Rows written
-- before this version have no nonce and are read as they were stored.
ALTER TABLE assessment_answer
  ADD COLUMN evidence_type   text CHECK (evidence_type IN ('image/jpeg', 'image/png', 'application/pdf', 'image/heic')),
  ADD COLUMN evidence_nonce  bytea,
  -- The answer of another instrument's measurement this answer was taken over from (through a mapping);
  -- cleared when someone changes the value.
  ADD COLUMN taken_over_from uuid REFERENCES assessment_answer (id) ON DELETE SET NULL;

-- Mappings between instruments: which questions are equivalent, with conversions between answer types.
-- Like instruments, a stored version never changes; the newest version of each key is the one in force.
CREATE TABLE assessment_mapping (
  id          uuid PRIMARY KEY,
  tenant_id   uuid NOT NULL REFERENCES municipality (id),
  key         text NOT NULL CHECK (length(key) BETWEEN 1 AND 40),
  version     integer NOT NULL,
  title       text NOT NULL,
  links       integer NOT NULL,
  source      text NOT NULL CHECK (length(source) <= 1000000),
  sha256      text NOT NULL,
  shipped     boolean NOT NULL DEFAULT false,
  imported_by uuid,
  created_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, key, version)
);
ALTER TABLE assessment_mapping ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON assessment_mapping USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
REVOKE UPDATE, DELETE ON assessment_mapping FROM ${appRole};

-- "The newest measurement of instrument X" for taking answers over.
CREATE INDEX assessment_measurement_tenant_instrument_idx ON assessment_measurement (tenant_id, instrument_id, created_at);

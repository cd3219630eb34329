-- Assessments: instrument versions (immutable source), measurements, sections handed to colleagues, answers.

CREATE TABLE assessment_instrument (
  id          uuid PRIMARY KEY,
  tenant_id   uuid NOT NULL REFERENCES municipality (id),
  key         text NOT NULL CHECK (length(key) BETWEEN 1 AND 40),
  version     integer NOT NULL,
  title       text NOT NULL,
  kind        text NOT NULL,
  source      text NOT NULL CHECK (length(source) <= 1000000),
  sha256      text NOT NULL,
  shipped     boolean NOT NULL DEFAULT false,
  imported_by uuid,
  created_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, key, version)
);

CREATE TABLE assessment_measurement (
  id             uuid PRIMARY KEY,
  tenant_id      uuid NOT NULL REFERENCES municipality (id),
  instrument_id  uuid NOT NULL REFERENCES assessment_instrument (id),
  name           text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  previous_id    uuid REFERENCES assessment_measurement (id),
  status         text NOT NULL CHECK (status IN ('OPEN', 'LOCKED')),
  started_by     uuid,
  created_at     timestamptz NOT NULL DEFAULT now(),
  locked_at      timestamptz
);
CREATE INDEX assessment_measurement_tenant_idx ON assessment_measurement (tenant_id, created_at);

CREATE TABLE assessment_assignment (
  id             uuid PRIMARY KEY,
  tenant_id      uuid NOT NULL REFERENCES municipality (id),
  measurement_id uuid NOT NULL REFERENCES assessment_measurement (id) ON DELETE CASCADE,
  pillar_key     text NOT NULL,
  assignee_id    uuid NOT NULL REFERENCES app_user (id),
  created_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (measurement_id, pillar_key, assignee_id)
);
CREATE INDEX assessment_assignment_tenant_assignee_idx ON assessment_assignment (tenant_id, assignee_id);

CREATE TABLE assessment_answer (
  id             uuid PRIMARY KEY,
  tenant_id      uuid NOT NULL REFERENCES municipality (id),
  measurement_id uuid NOT NULL REFERENCES assessment_measurement (id) ON DELETE CASCADE,
  question_key   text NOT NULL,
  value          text CHECK (length(value) <= 2000),
  comment        text CHECK (length(comment) <= 4000),
  evidence_link  text CHECK (evidence_link ~ '^https?://' AND length(evidence_link) <= 2000),
  evidence_name  text CHECK (length(evidence_name) <= 200),
  evidence_file  bytea,
  evidence_at    timestamptz,
  answered_by    uuid,
  answered_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (measurement_id, question_key)
);
CREATE INDEX assessment_answer_tenant_measurement_idx ON assessment_answer (tenant_id, measurement_id);

ALTER TABLE assessment_instrument ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON assessment_instrument USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
ALTER TABLE assessment_measurement ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON assessment_measurement USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
ALTER TABLE assessment_assignment ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON assessment_assignment USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
ALTER TABLE assessment_answer ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON assessment_answer USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());

-- An instrument version, once stored, never changes: measurements taken with it keep their meaning.
REVOKE UPDATE, DELETE ON assessment_instrument FROM ${appRole};

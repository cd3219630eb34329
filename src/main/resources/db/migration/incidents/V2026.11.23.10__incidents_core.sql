-- Incidents (GIR): the report, its follow-up steps (the VPT measures), additions by the reporter, links
-- between incidents (stacking) and per-municipality settings. Every table is tenant-bound with row-level security.

CREATE TABLE incident (
  id                      uuid PRIMARY KEY,
  tenant_id               uuid NOT NULL REFERENCES municipality (id),
  reporter_id             uuid REFERENCES app_user (id),
  registered_by           uuid REFERENCES app_user (id),
  on_behalf_name          text CHECK (length(on_behalf_name) <= 200),
  channel                 text NOT NULL CHECK (channel IN ('FORM', 'MINI', 'API', 'ON_BEHALF')),
  idempotency_key         text CHECK (length(idempotency_key) BETWEEN 8 AND 100),
  request_hash            text,
  kinds                   text[] NOT NULL CHECK (cardinality(kinds) BETWEEN 1 AND 12),
  kind_other              text CHECK (length(kind_other) <= 200),
  occurred_at             timestamptz NOT NULL,
  registered_at           timestamptz NOT NULL DEFAULT now(),
  location_type           text NOT NULL CHECK (location_type IN ('COUNTER', 'STREET', 'HOME_VISIT', 'ONLINE', 'PHONE', 'OTHER')),
  location_detail         text CHECK (length(location_detail) <= 300),
  department_id           uuid REFERENCES department (id),
  position_id             uuid REFERENCES position (id),
  work_process            text CHECK (length(work_process) <= 120),
  perpetrator_known       boolean,
  perpetrator_relation    text NOT NULL DEFAULT 'UNKNOWN'
                          CHECK (perpetrator_relation IN ('CITIZEN', 'CLIENT', 'ENTREPRENEUR', 'COLLEAGUE', 'OTHER', 'UNKNOWN')),
  perpetrator_reference   text CHECK (length(perpetrator_reference) <= 300),
  perpetrator_key         text,
  perpetrator_description text CHECK (length(perpetrator_description) <= 4000),
  description             text NOT NULL CHECK (length(description) BETWEEN 1 AND 8000),
  witnesses               text CHECK (length(witnesses) <= 2000),
  consequences_person     text[] NOT NULL DEFAULT '{}',
  consequences_work       text CHECK (length(consequences_work) <= 2000),
  severity                text NOT NULL CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
  severity_suggested      text NOT NULL CHECK (severity_suggested IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
  confidential            boolean NOT NULL DEFAULT false,
  confidant_scope         text CHECK (confidant_scope IN ('CIVIL_SERVANTS', 'OFFICE_HOLDERS')),
  excluded_users          uuid[] NOT NULL DEFAULT '{}',
  status                  text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED')),
  closed_at               timestamptz,
  anonymised_at           timestamptz,
  CHECK (NOT confidential OR confidant_scope IS NOT NULL)
);
CREATE UNIQUE INDEX incident_idempotency_uq ON incident (tenant_id, registered_by, idempotency_key)
  WHERE idempotency_key IS NOT NULL;
CREATE INDEX incident_tenant_registered_idx ON incident (tenant_id, registered_at DESC);
CREATE INDEX incident_tenant_department_idx ON incident (tenant_id, department_id, occurred_at);
CREATE INDEX incident_tenant_reporter_idx ON incident (tenant_id, reporter_id);
CREATE INDEX incident_tenant_perpetrator_idx ON incident (tenant_id, perpetrator_key) WHERE perpetrator_key IS NOT NULL;
CREATE INDEX incident_tenant_closed_idx ON incident (tenant_id, closed_at) WHERE status = 'CLOSED' AND anonymised_at IS NULL;
ALTER TABLE incident ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON incident USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
REVOKE DELETE ON incident FROM ${appRole};

CREATE TABLE incident_step (
  id            uuid PRIMARY KEY,
  tenant_id     uuid NOT NULL REFERENCES municipality (id),
  incident_id   uuid NOT NULL REFERENCES incident (id),
  step          text NOT NULL CHECK (step IN ('AFTERCARE', 'PERPETRATOR_RESPONSE', 'POLICE_REPORT', 'EVIDENCE',
                                              'DAMAGE_RECOVERY', 'FEEDBACK', 'LESSONS')),
  position      integer NOT NULL,
  owner_id      uuid REFERENCES app_user (id),
  due_at        timestamptz,
  status        text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE', 'NOT_APPLICABLE')),
  outcome       text[] NOT NULL DEFAULT '{}',
  notes         text CHECK (length(notes) <= 8000),
  other_side    text CHECK (length(other_side) <= 8000),
  amount_cents  bigint CHECK (amount_cents >= 0),
  completed_at  timestamptz,
  completed_by  uuid REFERENCES app_user (id),
  reminded_at   timestamptz,
  escalated_at  timestamptz,
  UNIQUE (incident_id, step)
);
CREATE INDEX incident_step_tenant_due_idx ON incident_step (tenant_id, due_at) WHERE status IN ('OPEN', 'IN_PROGRESS');
CREATE INDEX incident_step_tenant_incident_idx ON incident_step (tenant_id, incident_id);
ALTER TABLE incident_step ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON incident_step USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
REVOKE DELETE ON incident_step FROM ${appRole};

CREATE TABLE incident_addition (
  id          uuid PRIMARY KEY,
  tenant_id   uuid NOT NULL REFERENCES municipality (id),
  incident_id uuid NOT NULL REFERENCES incident (id),
  author_id   uuid REFERENCES app_user (id),
  text        text NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX incident_addition_tenant_incident_idx ON incident_addition (tenant_id, incident_id);
ALTER TABLE incident_addition ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON incident_addition USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());

CREATE TABLE incident_link (
  tenant_id   uuid NOT NULL REFERENCES municipality (id),
  incident_id uuid NOT NULL REFERENCES incident (id),
  linked_id   uuid NOT NULL REFERENCES incident (id),
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (incident_id, linked_id),
  CHECK (incident_id <> linked_id)
);
CREATE INDEX incident_link_tenant_linked_idx ON incident_link (tenant_id, linked_id);
ALTER TABLE incident_link ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON incident_link USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());

-- Per municipality; absent row = defaults. Deadlines as e.g. '24h' or '5wd' (working days).
CREATE TABLE incident_settings (
  tenant_id              uuid PRIMARY KEY REFERENCES municipality (id),
  deadlines              jsonb NOT NULL DEFAULT '{}',
  camera_retention_days  integer NOT NULL DEFAULT 7 CHECK (camera_retention_days BETWEEN 1 AND 90),
  retention_years        integer NOT NULL DEFAULT 5 CHECK (retention_years BETWEEN 1 AND 30),
  secretary_notification text NOT NULL DEFAULT 'IMMEDIATE' CHECK (secretary_notification IN ('IMMEDIATE', 'DIGEST')),
  norm_text              text CHECK (length(norm_text) <= 8000),
  response_schema        text CHECK (length(response_schema) <= 8000)
);
ALTER TABLE incident_settings ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON incident_settings USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());

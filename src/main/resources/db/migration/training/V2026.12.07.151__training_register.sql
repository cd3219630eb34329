-- The training register (VPT measure 4, ADR 0902): the kinds of training a municipality offers with how many months
-- a training stays valid, the sessions held (date, trainer, places) and who was enrolled in or attended each one.

CREATE TABLE training_kind (
  tenant_id     uuid NOT NULL REFERENCES municipality (id),
  id            uuid PRIMARY KEY,
  code          text NOT NULL,
  name          text NOT NULL,
  valid_months  integer NOT NULL CHECK (valid_months BETWEEN 1 AND 120),
  UNIQUE (tenant_id, code)
);
ALTER TABLE training_kind ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON training_kind USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());

CREATE TABLE training_session (
  tenant_id   uuid NOT NULL REFERENCES municipality (id),
  id          uuid PRIMARY KEY,
  kind_id     uuid NOT NULL REFERENCES training_kind (id),
  held_on     date NOT NULL,
  trainer     text NOT NULL,
  places      integer NOT NULL CHECK (places BETWEEN 1 AND 500),
  created_by  uuid NOT NULL REFERENCES app_user (id)
);
CREATE INDEX training_session_tenant_day_idx ON training_session (tenant_id, held_on DESC);
ALTER TABLE training_session ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON training_session USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());

-- ENROLLED: has a place; ATTENDED: was there (recorded by the coordinator)
CREATE TABLE training_attendance (
  tenant_id    uuid NOT NULL REFERENCES municipality (id),
  session_id   uuid NOT NULL REFERENCES training_session (id) ON DELETE CASCADE,
  user_id      uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  status       text NOT NULL CHECK (status IN ('ENROLLED', 'ATTENDED')),
  recorded_by  uuid NOT NULL REFERENCES app_user (id),
  recorded_at  timestamptz NOT NULL,
  PRIMARY KEY (session_id, user_id)
);
CREATE INDEX training_attendance_tenant_user_idx ON training_attendance (tenant_id, user_id);
ALTER TABLE training_attendance ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON training_attendance USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());

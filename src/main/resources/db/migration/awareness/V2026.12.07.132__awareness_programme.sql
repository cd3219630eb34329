-- The coordinator's programme for the year: festival, campaigns, norm discussions per department, training rounds,
-- the 1-meting, the survey. Each has an owner and a day, a reminder some days before it (once: reminded_at), and may
-- be linked to an action of the action plan (an id of the actions module, kept without a foreign key).
CREATE TABLE awareness_event (
  id            uuid PRIMARY KEY,
  tenant_id     uuid NOT NULL REFERENCES municipality (id),
  kind          text NOT NULL CHECK (kind IN ('FESTIVAL', 'CAMPAIGN', 'NORM_DISCUSSION', 'TRAINING_ROUND',
                                              'ONE_MEASUREMENT', 'SURVEY', 'OTHER')),
  title         text NOT NULL CHECK (length(title) BETWEEN 2 AND 200),
  starts_on     date NOT NULL,
  owner_id      uuid NOT NULL REFERENCES app_user (id),
  department_id uuid REFERENCES department (id),
  notes         text CHECK (length(notes) <= 2000),
  remind_days   integer NOT NULL DEFAULT 7 CHECK (remind_days BETWEEN 0 AND 60),
  reminded_at   timestamptz,
  action_id     uuid,
  created_by    uuid REFERENCES app_user (id),
  created_at    timestamptz NOT NULL,
  updated_at    timestamptz NOT NULL
);
CREATE INDEX awareness_event_day_idx ON awareness_event (tenant_id, starts_on);
CREATE INDEX awareness_event_due_idx ON awareness_event (tenant_id, (starts_on - remind_days)) WHERE reminded_at IS NULL;
ALTER TABLE awareness_event ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON awareness_event USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());

-- The police-report step (issue 17): who owns it, and what a police report needs.
-- The municipality chooses whether its legal adviser (role LEGAL) or the coordinator owns the step.
ALTER TABLE incident_settings
  ADD COLUMN police_report_owner text NOT NULL DEFAULT 'COORDINATOR' CHECK (police_report_owner IN ('COORDINATOR', 'LEGAL'));

-- One row per case once its police-report step records more than its outcome. What was reported (aangifte,
-- melding, ELA, none) and whether the employer reports too are the step's outcome; the evidence secured is the
-- evidence step's, linked, not copied.
CREATE TABLE incident_police_report (
  incident_id      uuid PRIMARY KEY REFERENCES incident (id),
  tenant_id        uuid NOT NULL REFERENCES municipality (id),
  reported_on      date,
  police_unit      text CHECK (length(police_unit) <= 200),
  pv_number        text CHECK (length(pv_number) <= 50),
  guided_by        text CHECK (length(guided_by) <= 200),
  no_report_reason text CHECK (length(no_report_reason) <= 2000)
);
ALTER TABLE incident_police_report ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON incident_police_report
  USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
REVOKE DELETE ON incident_police_report FROM ${appRole};

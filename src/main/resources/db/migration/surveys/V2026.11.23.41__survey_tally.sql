-- Answer counts per department of a closed survey, made once when its results are first needed. Results exist
-- only for closed surveys, whose answers no longer change, so the counts are read from here instead of from the
-- answers themselves. No response ids, no dates.
CREATE TABLE survey_tally (
  tenant_id     uuid NOT NULL REFERENCES municipality (id),
  survey_id     uuid NOT NULL,
  department_id uuid REFERENCES department (id),
  question_code text NOT NULL,
  value         integer NOT NULL,
  n             integer NOT NULL,
  FOREIGN KEY (tenant_id, survey_id) REFERENCES survey (tenant_id, id)
);
CREATE INDEX survey_tally_survey_idx ON survey_tally (tenant_id, survey_id);
ALTER TABLE survey_tally ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON survey_tally
  USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());

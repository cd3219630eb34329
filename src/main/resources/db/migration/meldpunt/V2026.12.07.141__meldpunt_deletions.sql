-- Proof of deletion (ADR 0605): the retention job deletes a report a set time after its outcome and leaves one row that
-- says what was deleted, when and by which rule, without anything of the report's content: the random id it had, its
-- kind, the days of receipt and of the outcome, the outcome, and how many messages and attachments went with it.
CREATE TABLE meldpunt_deletion (
  id          uuid PRIMARY KEY,
  tenant_id   uuid NOT NULL REFERENCES municipality (id),
  report_id   uuid NOT NULL,
  kind        text NOT NULL,
  channel     text NOT NULL,
  received_on date NOT NULL,
  outcome     text NOT NULL,
  outcome_on  date NOT NULL,
  messages    integer NOT NULL CHECK (messages >= 0),
  attachments integer NOT NULL CHECK (attachments >= 0),
  -- the rule applied, e.g. NO_FURTHER_ACTION+12M: the outcome and the months kept after it
  rule        text NOT NULL,
  deleted_on  date NOT NULL,
  UNIQUE (tenant_id, report_id)
);
CREATE INDEX meldpunt_deletion_day_idx ON meldpunt_deletion (tenant_id, deleted_on);
ALTER TABLE meldpunt_deletion ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON meldpunt_deletion USING (tenant_id = current_tenant())
  WITH CHECK (tenant_id = current_tenant());
-- Proof is written once and never changed or removed by the application.
REVOKE UPDATE, DELETE ON meldpunt_deletion FROM ${appRole};

CREATE INDEX meldpunt_report_outcome_idx ON meldpunt_report (tenant_id, outcome, outcome_on) WHERE outcome IS NOT NULL;

-- Exports of a report (ADR 0606): a recipient asks, a second recipient approves through the platform's four-eyes
-- approvals, and the one who asked may then download the report once as a PDF. The PDF is made at the download and
-- never stored; this table keeps only who asked, who approved, and the days.
CREATE TABLE meldpunt_export (
  id            uuid PRIMARY KEY,
  tenant_id     uuid NOT NULL REFERENCES municipality (id),
  report_id     uuid NOT NULL,
  requested_by  uuid NOT NULL,
  approved_by   uuid NOT NULL,
  approved_on   date NOT NULL,
  downloaded_on date,
  CHECK (requested_by <> approved_by),
  FOREIGN KEY (tenant_id, report_id) REFERENCES meldpunt_report (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX meldpunt_export_report_idx ON meldpunt_export (tenant_id, report_id, requested_by);
ALTER TABLE meldpunt_export ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON meldpunt_export USING (tenant_id = current_tenant())
  WITH CHECK (tenant_id = current_tenant());

-- A reporter who lost the receipt code makes a new report that refers to the old one in words; a recipient links the
-- two (ADR 0607). The link survives the deletion of neither: it is cleared when the earlier report goes.
ALTER TABLE meldpunt_report
  ADD COLUMN follows uuid,
  ADD CONSTRAINT meldpunt_follows_other CHECK (follows IS NULL OR follows <> id),
  ADD CONSTRAINT meldpunt_follows_fk FOREIGN KEY (tenant_id, follows)
    REFERENCES meldpunt_report (tenant_id, id) ON DELETE SET NULL (follows);
CREATE INDEX meldpunt_report_follows_idx ON meldpunt_report (tenant_id, follows) WHERE follows IS NOT NULL;

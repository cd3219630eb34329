-- The analyses count reports per period of receipt (MeldpuntFigures): the reports still kept and the proofs of deletion.
CREATE INDEX meldpunt_report_received_idx ON meldpunt_report (tenant_id, received_on);
CREATE INDEX meldpunt_deletion_received_idx ON meldpunt_deletion (tenant_id, received_on);

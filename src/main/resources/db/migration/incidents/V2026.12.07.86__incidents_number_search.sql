-- Finding a case by the beginning of its number (ADR 0105): "VBS-2026-004" finds VBS-2026-0040 to -0049. A range
-- on the number compared byte by byte, whatever the database's collation; the municipality leads.
CREATE INDEX incident_case_number_prefix_idx ON incident (tenant_id, case_number text_pattern_ops);

-- Who handles a case includes the owners of its steps (Viewer.HANDLES): without this index a manager's list read
-- every step of the municipality to find their own (1.6 s over seven million steps).
CREATE INDEX incident_step_tenant_owner_idx ON incident_step (tenant_id, owner_id) WHERE owner_id IS NOT NULL;

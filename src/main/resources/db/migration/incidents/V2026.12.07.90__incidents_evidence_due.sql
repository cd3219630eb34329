-- The start page's "evidence to secure within a week" (ADR 0205): the open evidence steps by deadline. The deadline
-- index of all open steps held four other steps for every evidence step in that week (1,000,000 incidents: 2,082
-- entries read, 1,566 thrown away, 64 ms); this one holds only evidence steps.
CREATE INDEX incident_step_tenant_evidence_due_idx ON incident_step (tenant_id, due_at)
  WHERE step = 'EVIDENCE' AND status IN ('OPEN', 'IN_PROGRESS');

-- The start page counts the open cases that wait (ADR 0205): a step past its deadline, a step without owner,
-- evidence to secure. These read only open cases, a small part of all incidents; the indexes keep them off the rest.
CREATE INDEX incident_tenant_open_idx ON incident (tenant_id) WHERE status = 'OPEN' AND anonymised_at IS NULL;
CREATE INDEX incident_step_tenant_unowned_idx ON incident_step (tenant_id, incident_id)
  WHERE owner_id IS NULL AND status IN ('OPEN', 'IN_PROGRESS');

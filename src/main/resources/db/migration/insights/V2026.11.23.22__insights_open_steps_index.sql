-- Open and overdue steps read every incident not yet closed (in a large city, a hundred thousand and more):
-- a covering partial index lets that count run as an index-only scan instead of visiting the table.
CREATE INDEX insights_incident_open_steps_idx ON insights_incident (tenant_id, department_id)
  INCLUDE (registered_at, aftercare_at, perpetrator_response_at, police_report_at, evidence_at, damage_recovery_at,
           feedback_at, lessons_at)
  WHERE closed_at IS NULL;
DROP INDEX insights_incident_open_idx;

-- Filtering on one kind joins the incidents of that kind: found by kind, not by scanning all kinds.
CREATE INDEX insights_incident_kind_kind_idx ON insights_incident_kind (tenant_id, kind, occurred_on) INCLUDE (incident_id);

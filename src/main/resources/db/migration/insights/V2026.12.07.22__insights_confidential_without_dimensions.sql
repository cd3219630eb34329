-- Confidential incidents are kept without department, position, work process, location and relation (FactStore):
-- a department's or position's figures must never reveal a report that only a confidential adviser may see. Facts
-- recorded before are cleared the same way and the kept counts of their municipalities are built again.
UPDATE insights_incident
   SET department_id = NULL, position_id = NULL, work_process = NULL, location_type = NULL,
       perpetrator_relation = NULL
 WHERE confidential
   AND (department_id IS NOT NULL OR position_id IS NOT NULL OR work_process IS NOT NULL
        OR location_type IS NOT NULL OR perpetrator_relation IS NOT NULL);

UPDATE insights_incident_kind k
   SET department_id = NULL
  FROM insights_incident i
 WHERE i.tenant_id = k.tenant_id AND i.incident_id = k.incident_id AND i.confidential
   AND k.department_id IS NOT NULL;

DO $$
DECLARE
  t uuid;
BEGIN
  FOR t IN SELECT DISTINCT tenant_id FROM insights_incident WHERE confidential LOOP
    PERFORM set_config('app.tenant_id', t::text, true);
    PERFORM insights_rebuild_month_counts();
  END LOOP;
  PERFORM set_config('app.tenant_id', '', true);
END $$;

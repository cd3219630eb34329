-- Monthly counts per department and dimension value, kept up to date by the listeners, so that dashboards over
-- a million incidents read a few thousand rows instead of scanning the facts. Periods (months, quarters,
-- years) are whole months, so every period is a sum of months.
--   dimension TOTAL: key NULL, one per incident; KIND: one per kind of an incident; POSITION, WORK_PROCESS,
--   LOCATION_TYPE, PERPETRATOR_RELATION: the incident's value (NULL when unknown).
CREATE TABLE insights_month_count (
  tenant_id     uuid NOT NULL REFERENCES municipality (id),
  month         date NOT NULL CHECK (extract(day FROM month) = 1),
  department_id uuid,
  dimension     text NOT NULL CHECK (dimension IN ('TOTAL', 'KIND', 'POSITION', 'WORK_PROCESS', 'LOCATION_TYPE',
                                                   'PERPETRATOR_RELATION')),
  key           text,
  n             integer NOT NULL CHECK (n >= 0),
  CONSTRAINT insights_month_count_uq UNIQUE NULLS NOT DISTINCT (tenant_id, dimension, month, department_id, key)
);
CREATE INDEX insights_month_count_department_idx ON insights_month_count (tenant_id, department_id, dimension, month);

ALTER TABLE insights_month_count ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON insights_month_count
  USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());

-- Health shares and repeats read the facts: covering indexes so they need not visit the table.
CREATE INDEX insights_incident_health_idx ON insights_incident (tenant_id, occurred_on)
  INCLUDE (registered_at, aftercare_at, perpetrator_response_at, feedback_at);
CREATE INDEX insights_incident_repeat_idx ON insights_incident (tenant_id, occurred_on) INCLUDE (perpetrator_key)
  WHERE perpetrator_key IS NOT NULL;
DROP INDEX insights_incident_perpetrator_idx;

-- Recomputes the current municipality's monthly counts from the facts (after a bulk load or a repair).
CREATE FUNCTION insights_rebuild_month_counts() RETURNS void
  LANGUAGE sql VOLATILE
  AS $$
    DELETE FROM insights_month_count WHERE tenant_id = current_tenant();
    INSERT INTO insights_month_count (tenant_id, month, department_id, dimension, key, n)
    SELECT i.tenant_id, date_trunc('month', i.occurred_on)::date, i.department_id, d.dimension, d.key, count(*)
      FROM insights_incident i
     CROSS JOIN LATERAL (VALUES ('TOTAL', NULL::text), ('POSITION', i.position_id::text),
                                ('WORK_PROCESS', i.work_process), ('LOCATION_TYPE', i.location_type),
                                ('PERPETRATOR_RELATION', i.perpetrator_relation)) AS d (dimension, key)
     WHERE i.tenant_id = current_tenant()
     GROUP BY 1, 2, 3, 4, 5;
    INSERT INTO insights_month_count (tenant_id, month, department_id, dimension, key, n)
    SELECT k.tenant_id, date_trunc('month', k.occurred_on)::date, k.department_id, 'KIND', k.kind, count(*)
      FROM insights_incident_kind k
     WHERE k.tenant_id = current_tenant()
     GROUP BY 1, 2, 3, 4, 5;
  $$;

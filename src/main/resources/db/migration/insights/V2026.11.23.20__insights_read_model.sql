-- Insights: the read model built from the incident events. One fact row per incident with its dimensions
-- and follow-up timestamps, one row per kind (an incident may have several), and the follow-up events as
-- they arrive (in any order). Nothing here names a person or holds free text.

CREATE TABLE insights_incident (
  tenant_id            uuid NOT NULL REFERENCES municipality (id),
  incident_id          uuid NOT NULL,
  occurred_at          timestamptz NOT NULL,
  occurred_on          date NOT NULL,           -- local date in Europe/Amsterdam
  registered_at        timestamptz NOT NULL,
  department_id        uuid,
  position_id          uuid,
  work_process         text,
  location_type        text,
  perpetrator_relation text,
  perpetrator_key      text,
  severity             text,
  confidential         boolean NOT NULL DEFAULT false,
  aftercare_at             timestamptz,
  perpetrator_response_at  timestamptz,
  police_report_at         timestamptz,
  evidence_at              timestamptz,
  damage_recovery_at       timestamptz,
  feedback_at              timestamptz,
  lessons_at               timestamptz,
  closed_at                timestamptz,
  PRIMARY KEY (tenant_id, incident_id)
);
CREATE INDEX insights_incident_period_idx ON insights_incident (tenant_id, occurred_on)
  INCLUDE (department_id, position_id, work_process, location_type, perpetrator_relation);
CREATE INDEX insights_incident_department_idx ON insights_incident (tenant_id, department_id, occurred_on);
CREATE INDEX insights_incident_perpetrator_idx ON insights_incident (tenant_id, perpetrator_key, occurred_on)
  WHERE perpetrator_key IS NOT NULL;
CREATE INDEX insights_incident_open_idx ON insights_incident (tenant_id, department_id) WHERE closed_at IS NULL;

CREATE TABLE insights_incident_kind (
  tenant_id     uuid NOT NULL REFERENCES municipality (id),
  incident_id   uuid NOT NULL,
  kind          text NOT NULL,
  occurred_on   date NOT NULL,
  department_id uuid,
  PRIMARY KEY (tenant_id, incident_id, kind),
  FOREIGN KEY (tenant_id, incident_id) REFERENCES insights_incident (tenant_id, incident_id) ON DELETE CASCADE
);
CREATE INDEX insights_incident_kind_period_idx ON insights_incident_kind (tenant_id, occurred_on)
  INCLUDE (kind, department_id);
CREATE INDEX insights_incident_kind_department_idx ON insights_incident_kind (tenant_id, department_id, occurred_on)
  INCLUDE (kind);

-- Follow-up steps and closure as received; the fact row takes them over (whichever arrives first).
CREATE TABLE insights_followup (
  tenant_id    uuid NOT NULL REFERENCES municipality (id),
  incident_id  uuid NOT NULL,
  step         text NOT NULL CHECK (step IN ('AFTERCARE', 'PERPETRATOR_RESPONSE', 'POLICE_REPORT', 'EVIDENCE',
                                             'DAMAGE_RECOVERY', 'FEEDBACK', 'LESSONS', 'CLOSED')),
  completed_at timestamptz NOT NULL,
  due_at       timestamptz,
  PRIMARY KEY (tenant_id, incident_id, step)
);

-- Per-municipality settings of the analyses.
CREATE TABLE insights_settings (
  tenant_id         uuid PRIMARY KEY REFERENCES municipality (id),
  benchmark_opt_in  boolean NOT NULL DEFAULT false,
  min_cell          integer NOT NULL DEFAULT 5 CHECK (min_cell BETWEEN 1 AND 50),
  report_recipients text CHECK (report_recipients IS NULL OR length(report_recipients) <= 1000),
  updated_at        timestamptz NOT NULL DEFAULT now()
);

-- The kind of each department, so that municipalities can be compared department kind by department kind.
CREATE TABLE insights_department_category (
  tenant_id     uuid NOT NULL REFERENCES municipality (id),
  department_id uuid NOT NULL,
  category      text NOT NULL CHECK (category IN ('PUBLIC_SERVICES', 'PERMITS', 'ENFORCEMENT', 'SOCIAL', 'TAXES',
                                                  'FINANCE', 'PUBLIC_ORDER', 'GOVERNANCE', 'SUPPORT', 'OTHER')),
  PRIMARY KEY (tenant_id, department_id)
);

ALTER TABLE insights_incident ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON insights_incident
  USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
ALTER TABLE insights_incident_kind ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON insights_incident_kind
  USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
ALTER TABLE insights_followup ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON insights_followup
  USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
ALTER TABLE insights_settings ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON insights_settings
  USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
ALTER TABLE insights_department_category ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON insights_department_category
  USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());

-- Benchmark across municipalities without reading another municipality's rows through the application role:
-- this owner function returns, per department kind, the current municipality's incidents per 1,000 employees
-- and the average rate of the other opted-in municipalities. Another municipality's figure for a kind counts only
-- when it reaches p_min (at least 5) incidents; the average is given only when at least two others count, and it never
-- names them. The calling municipality must have opted in itself.
CREATE FUNCTION insights_benchmark(p_from date, p_to date, p_min integer)
  RETURNS TABLE (category text, own_count bigint, own_rate numeric, others_rate numeric, others integer)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    WITH participants AS (
      SELECT m.id, m.employee_count
        FROM municipality m LEFT JOIN insights_settings s ON s.tenant_id = m.id
       WHERE coalesce(s.benchmark_opt_in, m.benchmark_opt_in) AND m.employee_count > 0
    ), counts AS (
      SELECT p.id, p.employee_count, coalesce(c.category, 'OTHER') AS category, count(*) AS n
        FROM participants p
        JOIN insights_incident i ON i.tenant_id = p.id
        LEFT JOIN insights_department_category c ON c.tenant_id = i.tenant_id AND c.department_id = i.department_id
       WHERE i.occurred_on >= p_from AND i.occurred_on < p_to
       GROUP BY p.id, p.employee_count, coalesce(c.category, 'OTHER')
    ), others AS (
      SELECT c.category, avg(c.n * 1000.0 / c.employee_count) AS rate, count(*)::integer AS k
        FROM counts c
       WHERE c.id IS DISTINCT FROM current_tenant() AND c.n >= greatest(p_min, 5)
       GROUP BY c.category
    ), own AS (
      SELECT c.category, c.n, c.n * 1000.0 / c.employee_count AS rate FROM counts c WHERE c.id = current_tenant()
    )
    SELECT coalesce(o.category, x.category),
           coalesce(o.n, 0),
           round(coalesce(o.rate, 0), 2),
           CASE WHEN x.k >= 2 THEN round(x.rate, 2) END,
           coalesce(x.k, 0)
      FROM own o FULL JOIN others x ON x.category = o.category
     WHERE EXISTS (SELECT 1 FROM participants WHERE id = current_tenant())
     ORDER BY 1
  $$;
REVOKE ALL ON FUNCTION insights_benchmark(date, date, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION insights_benchmark(date, date, integer) TO ${appRole};

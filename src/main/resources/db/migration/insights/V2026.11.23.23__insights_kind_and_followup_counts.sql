-- Counts kept by the listeners so that no dashboard figure needs a scan of the facts over a period, with or
-- without a kind filter (repeats excepted: perpetrators seen twice in twelve months are not a sum of months).

-- 1. Monthly counts per kind and dimension value: a view filtered on one kind, broken down by position, work
-- process, location or relation. One row per kind of an incident (an incident of two kinds counts under each).
--   dimension POSITION, WORK_PROCESS, LOCATION_TYPE, PERPETRATOR_RELATION: the incident's value (NULL when unknown).
-- The kind's totals and its department breakdown are the KIND rows of insights_month_count.
CREATE TABLE insights_kind_month_count (
  tenant_id     uuid NOT NULL REFERENCES municipality (id),
  kind          text NOT NULL,
  month         date NOT NULL CHECK (extract(day FROM month) = 1),
  department_id uuid,
  dimension     text NOT NULL CHECK (dimension IN ('POSITION', 'WORK_PROCESS', 'LOCATION_TYPE', 'PERPETRATOR_RELATION')),
  key           text,
  n             integer NOT NULL CHECK (n >= 0),
  CONSTRAINT insights_kind_month_count_uq UNIQUE NULLS NOT DISTINCT (tenant_id, kind, dimension, month, department_id, key)
);

ALTER TABLE insights_kind_month_count ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON insights_kind_month_count
  USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());

-- 2. Follow-up per month of occurrence, department and kind (kind NULL: all incidents, once each): the incidents,
-- how many got aftercare within 24 hours, a response to the perpetrator within 48 hours and feedback (health
-- shares), and how many are not closed and still lack each step (open steps; overdue ones are the open ones
-- minus those registered within the deadline, a small range scan). A follow-up event changes the counts by the
-- change of its fact row, under the incident's lock, so redelivery changes nothing. (No CHECK (>= 0) on the
-- changed columns: PostgreSQL checks the proposed row of INSERT ... ON CONFLICT, which carries a negative change.)
CREATE TABLE insights_month_followup (
  tenant_id                 uuid NOT NULL REFERENCES municipality (id),
  kind                      text,
  month                     date NOT NULL CHECK (extract(day FROM month) = 1),
  department_id             uuid,
  incidents                 integer NOT NULL DEFAULT 0 CHECK (incidents >= 0),
  aftercare_24h             integer NOT NULL DEFAULT 0,
  response_48h              integer NOT NULL DEFAULT 0,
  feedback                  integer NOT NULL DEFAULT 0,
  open_aftercare            integer NOT NULL DEFAULT 0,
  open_perpetrator_response integer NOT NULL DEFAULT 0,
  open_police_report        integer NOT NULL DEFAULT 0,
  open_evidence             integer NOT NULL DEFAULT 0,
  open_damage_recovery      integer NOT NULL DEFAULT 0,
  open_feedback             integer NOT NULL DEFAULT 0,
  open_lessons              integer NOT NULL DEFAULT 0,
  CONSTRAINT insights_month_followup_uq UNIQUE NULLS NOT DISTINCT (tenant_id, kind, month, department_id)
);

ALTER TABLE insights_month_followup ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON insights_month_followup
  USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());

-- Overdue steps: the incidents not closed that were registered within the longest deadline (7 days).
CREATE INDEX insights_incident_open_recent_idx ON insights_incident (tenant_id, registered_at)
  INCLUDE (department_id, incident_id, aftercare_at, perpetrator_response_at, evidence_at)
  WHERE closed_at IS NULL;

-- 3. Repeats of one kind: the kind rows carry the perpetrator key (as they carry date and department), so the
-- incidents of one kind in twelve months are counted per key from an index on the kind rows alone.
ALTER TABLE insights_incident_kind ADD COLUMN perpetrator_key text;
UPDATE insights_incident_kind k SET perpetrator_key = i.perpetrator_key
  FROM insights_incident i
 WHERE i.tenant_id = k.tenant_id AND i.incident_id = k.incident_id AND i.perpetrator_key IS NOT NULL;
CREATE INDEX insights_incident_kind_repeat_idx ON insights_incident_kind (tenant_id, kind, occurred_on)
  INCLUDE (perpetrator_key, department_id)
  WHERE perpetrator_key IS NOT NULL;
-- Repeats of one department: the department in the repeats index, so that it stays an index-only scan.
CREATE INDEX insights_incident_repeat_department_idx ON insights_incident (tenant_id, occurred_on)
  INCLUDE (perpetrator_key, department_id)
  WHERE perpetrator_key IS NOT NULL;
DROP INDEX insights_incident_repeat_idx;
-- Open steps and health shares no longer scan the facts.
DROP INDEX insights_incident_open_steps_idx;
DROP INDEX insights_incident_health_idx;

-- The counts of one municipality from its facts (p_tenant NULL: every municipality; the migration runs as the owner).
CREATE FUNCTION insights_count_kinds_and_followup(p_tenant uuid) RETURNS void
  LANGUAGE sql VOLATILE
  AS $$
    INSERT INTO insights_kind_month_count (tenant_id, kind, month, department_id, dimension, key, n)
    SELECT k.tenant_id, k.kind, date_trunc('month', i.occurred_on)::date, i.department_id, d.dimension, d.key, count(*)
      FROM insights_incident_kind k
      JOIN insights_incident i ON i.tenant_id = k.tenant_id AND i.incident_id = k.incident_id
     CROSS JOIN LATERAL (VALUES ('POSITION', i.position_id::text), ('WORK_PROCESS', i.work_process),
                                ('LOCATION_TYPE', i.location_type), ('PERPETRATOR_RELATION', i.perpetrator_relation))
           AS d (dimension, key)
     WHERE p_tenant IS NULL OR k.tenant_id = p_tenant
     GROUP BY 1, 2, 3, 4, 5, 6;
    INSERT INTO insights_month_followup (tenant_id, kind, month, department_id, incidents, aftercare_24h, response_48h,
        feedback, open_aftercare, open_perpetrator_response, open_police_report, open_evidence, open_damage_recovery,
        open_feedback, open_lessons)
    SELECT f.tenant_id, f.kind, date_trunc('month', f.occurred_on)::date, f.department_id, count(*),
           count(*) FILTER (WHERE f.aftercare_at <= f.registered_at + interval '24 hours'),
           count(*) FILTER (WHERE f.perpetrator_response_at <= f.registered_at + interval '48 hours'),
           count(*) FILTER (WHERE f.feedback_at IS NOT NULL),
           count(*) FILTER (WHERE f.closed_at IS NULL AND f.aftercare_at IS NULL),
           count(*) FILTER (WHERE f.closed_at IS NULL AND f.perpetrator_response_at IS NULL),
           count(*) FILTER (WHERE f.closed_at IS NULL AND f.police_report_at IS NULL),
           count(*) FILTER (WHERE f.closed_at IS NULL AND f.evidence_at IS NULL),
           count(*) FILTER (WHERE f.closed_at IS NULL AND f.damage_recovery_at IS NULL),
           count(*) FILTER (WHERE f.closed_at IS NULL AND f.feedback_at IS NULL),
           count(*) FILTER (WHERE f.closed_at IS NULL AND f.lessons_at IS NULL)
      FROM (SELECT NULL::text AS kind, i.* FROM insights_incident i WHERE p_tenant IS NULL OR i.tenant_id = p_tenant
            UNION ALL
            SELECT k.kind, i.* FROM insights_incident_kind k
              JOIN insights_incident i ON i.tenant_id = k.tenant_id AND i.incident_id = k.incident_id
             WHERE p_tenant IS NULL OR k.tenant_id = p_tenant) f
     GROUP BY f.tenant_id, f.kind, date_trunc('month', f.occurred_on)::date, f.department_id;
  $$;

SELECT insights_count_kinds_and_followup(NULL);
ANALYZE insights_kind_month_count;
ANALYZE insights_month_followup;
ANALYZE insights_incident_kind;

-- Recomputes the current municipality's kept counts from the facts (after a bulk load or a repair).
CREATE OR REPLACE FUNCTION insights_rebuild_month_counts() RETURNS void
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
    DELETE FROM insights_kind_month_count WHERE tenant_id = current_tenant();
    DELETE FROM insights_month_followup WHERE tenant_id = current_tenant();
    SELECT insights_count_kinds_and_followup(current_tenant());
  $$;

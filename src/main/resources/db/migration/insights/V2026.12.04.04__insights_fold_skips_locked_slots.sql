-- The fold takes only slot rows that no listener holds at that moment (FOR UPDATE SKIP LOCKED); those are folded on
-- the next run. Waiting for them could deadlock: a listener holding one row of its slot and wanting another that the
-- fold had already taken, while the fold waited for the first. The fold still waits for slot 0 rows that a listener
-- holds; the job therefore runs it with a short lock timeout, so that the fold gives up (and runs again next time)
-- long before PostgreSQL's deadlock check could pick a listener instead.
CREATE OR REPLACE FUNCTION insights_fold_count_slots() RETURNS bigint
  LANGUAGE sql VOLATILE
  AS $$
    WITH moved AS (
      DELETE FROM insights_month_count WHERE ctid = ANY (ARRAY(
        SELECT ctid FROM insights_month_count WHERE tenant_id = current_tenant() AND slot <> 0 FOR UPDATE SKIP LOCKED))
      RETURNING tenant_id, month, department_id, dimension, key, n
    ), folded AS (
      INSERT INTO insights_month_count AS c (tenant_id, month, department_id, dimension, key, slot, n)
      SELECT tenant_id, month, department_id, dimension, key, 0, sum(n) FROM moved GROUP BY 1, 2, 3, 4, 5
      ON CONFLICT ON CONSTRAINT insights_month_count_uq DO UPDATE SET n = c.n + excluded.n
    ), moved_kind AS (
      DELETE FROM insights_kind_month_count WHERE ctid = ANY (ARRAY(
        SELECT ctid FROM insights_kind_month_count WHERE tenant_id = current_tenant() AND slot <> 0
           FOR UPDATE SKIP LOCKED))
      RETURNING tenant_id, kind, month, department_id, dimension, key, n
    ), folded_kind AS (
      INSERT INTO insights_kind_month_count AS c (tenant_id, kind, month, department_id, dimension, key, slot, n)
      SELECT tenant_id, kind, month, department_id, dimension, key, 0, sum(n) FROM moved_kind GROUP BY 1, 2, 3, 4, 5, 6
      ON CONFLICT ON CONSTRAINT insights_kind_month_count_uq DO UPDATE SET n = c.n + excluded.n
    ), moved_followup AS (
      DELETE FROM insights_month_followup WHERE ctid = ANY (ARRAY(
        SELECT ctid FROM insights_month_followup WHERE tenant_id = current_tenant() AND slot <> 0
           FOR UPDATE SKIP LOCKED))
      RETURNING *
    ), folded_followup AS (
      INSERT INTO insights_month_followup AS c (tenant_id, kind, month, department_id, slot, incidents, aftercare_24h,
          response_48h, feedback, open_aftercare, open_perpetrator_response, open_police_report, open_evidence,
          open_damage_recovery, open_feedback, open_lessons)
      SELECT tenant_id, kind, month, department_id, 0, sum(incidents), sum(aftercare_24h), sum(response_48h),
             sum(feedback), sum(open_aftercare), sum(open_perpetrator_response), sum(open_police_report),
             sum(open_evidence), sum(open_damage_recovery), sum(open_feedback), sum(open_lessons)
        FROM moved_followup GROUP BY tenant_id, kind, month, department_id
      ON CONFLICT ON CONSTRAINT insights_month_followup_uq DO UPDATE SET
        incidents = c.incidents + excluded.incidents, aftercare_24h = c.aftercare_24h + excluded.aftercare_24h,
        response_48h = c.response_48h + excluded.response_48h, feedback = c.feedback + excluded.feedback,
        open_aftercare = c.open_aftercare + excluded.open_aftercare,
        open_perpetrator_response = c.open_perpetrator_response + excluded.open_perpetrator_response,
        open_police_report = c.open_police_report + excluded.open_police_report,
        open_evidence = c.open_evidence + excluded.open_evidence,
        open_damage_recovery = c.open_damage_recovery + excluded.open_damage_recovery,
        open_feedback = c.open_feedback + excluded.open_feedback, open_lessons = c.open_lessons + excluded.open_lessons
    )
    -- (the inserts run to completion whether or not their output is read)
    SELECT (SELECT count(*) FROM moved) + (SELECT count(*) FROM moved_kind) + (SELECT count(*) FROM moved_followup);
  $$;

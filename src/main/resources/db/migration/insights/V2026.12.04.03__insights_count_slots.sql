-- Kept counts in slots. Every incident of a month and department incremented the same few rows of the kept counts,
-- so concurrent listeners queued behind each other's row locks until commit (in the report benchmark the monthly
-- count upsert waited 8.8 ms on average, and the follow-up fell 30 s behind the reports). Each listener transaction
-- now writes to one of eight slots, chosen at random, so two transactions meet on a row only when they share a
-- slot. A count is the sum over its slots, which every reader already takes (all reads are sum() over months), and
-- a job folds the slots back into slot 0 (insights_fold_count_slots) so old months keep one row per key.
-- Slots of insights_month_followup may hold negative changes (a step completed in another slot than the one the
-- incident was counted in); only their sum over the slots is a count.
ALTER TABLE insights_month_count ADD COLUMN slot smallint NOT NULL DEFAULT 0 CHECK (slot BETWEEN 0 AND 7);
ALTER TABLE insights_month_count DROP CONSTRAINT insights_month_count_uq,
  ADD CONSTRAINT insights_month_count_uq UNIQUE NULLS NOT DISTINCT (tenant_id, dimension, month, department_id, key, slot);

ALTER TABLE insights_kind_month_count ADD COLUMN slot smallint NOT NULL DEFAULT 0 CHECK (slot BETWEEN 0 AND 7);
ALTER TABLE insights_kind_month_count DROP CONSTRAINT insights_kind_month_count_uq,
  ADD CONSTRAINT insights_kind_month_count_uq
    UNIQUE NULLS NOT DISTINCT (tenant_id, kind, dimension, month, department_id, key, slot);

ALTER TABLE insights_month_followup ADD COLUMN slot smallint NOT NULL DEFAULT 0 CHECK (slot BETWEEN 0 AND 7);
ALTER TABLE insights_month_followup DROP CONSTRAINT insights_month_followup_uq,
  ADD CONSTRAINT insights_month_followup_uq UNIQUE NULLS NOT DISTINCT (tenant_id, kind, month, department_id, slot);

-- Folds the current municipality's slots 1-7 into slot 0, one statement per table; returns the slot rows folded.
-- It takes only slot rows that no listener holds at that moment (FOR UPDATE SKIP LOCKED); those are folded on the
-- next run. Waiting for them could deadlock: a listener holding one row of its slot and wanting another that the fold
-- had already taken, while the fold waited for the first. The fold still waits for slot 0 rows that a listener holds;
-- the job therefore runs it with a short lock timeout, so that the fold gives up (and runs again next time) long
-- before PostgreSQL's deadlock check (1 s by default) could pick a listener instead. A listener that waits for a slot row the fold
-- deletes inserts that row anew.
CREATE FUNCTION insights_fold_count_slots() RETURNS bigint
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

-- Named comparison. By default a municipality appears in other municipalities' results only inside the pooled
-- benchmark. It may agree to be shown by name, with its own aggregates, to the other municipalities that take part
-- in the benchmark; its coordinator or administrator turns this on and off (audited in the application).
CREATE TABLE survey_named_consent (
  tenant_id  uuid PRIMARY KEY REFERENCES municipality (id),
  consented  boolean NOT NULL DEFAULT false,
  changed_on date NOT NULL DEFAULT current_date
);
ALTER TABLE survey_named_consent ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON survey_named_consent
  USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
REVOKE DELETE ON survey_named_consent FROM ${appRole};

-- The named side of the benchmark: for each other municipality that takes part and has agreed (at the moment of
-- the call, so a withdrawal counts at once), the answer totals of the very survey that survey_benchmark pools,
-- when that survey reaches the larger of both group sizes. Only for a caller that takes part itself, only when the
-- pool has at least three municipalities, and only when the pool minus the named ones is empty or still holds at
-- least three: otherwise subtracting the named figures from the pool would single out one that did not agree.
CREATE FUNCTION survey_named_benchmark(p_variant text, p_min_group integer)
  RETURNS TABLE (municipality_id uuid, municipality_name text, min_group integer, question_code text, value integer,
                 n bigint)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    WITH me AS (
      SELECT m.id FROM municipality m WHERE m.id = current_tenant() AND m.benchmark_opt_in
    ), latest AS (
      SELECT DISTINCT ON (s.tenant_id) s.id, s.tenant_id, s.min_group_size, t.n AS respondents
        FROM survey s JOIN municipality m ON m.id = s.tenant_id AND m.benchmark_opt_in
        JOIN survey_summary t ON t.survey_id = s.id AND t.question_code = '_n' AND t.value = 0
       WHERE s.variant = p_variant AND s.tenant_id <> current_tenant() AND EXISTS (SELECT 1 FROM me)
         AND t.n >= greatest(p_min_group, 5)
       ORDER BY s.tenant_id, s.closes_on DESC, s.id
    ), named AS (
      SELECT l.id, l.tenant_id, greatest(p_min_group, l.min_group_size, 5) AS k
        FROM latest l JOIN survey_named_consent c ON c.tenant_id = l.tenant_id AND c.consented
       WHERE l.respondents >= greatest(p_min_group, l.min_group_size, 5)
    ), sizes AS (
      SELECT (SELECT count(*) FROM latest) AS pool, (SELECT count(*) FROM named) AS shown
    )
    SELECT x.tenant_id, m.name, x.k, t.question_code, t.value, t.n::bigint
      FROM named x JOIN municipality m ON m.id = x.tenant_id JOIN survey_summary t ON t.survey_id = x.id
     CROSS JOIN sizes z
     WHERE z.pool >= 3 AND (z.pool = z.shown OR z.pool - z.shown >= 3)
  $$;
REVOKE ALL ON FUNCTION survey_named_benchmark(text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION survey_named_benchmark(text, integer) TO ${appRole};

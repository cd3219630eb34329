-- The benchmark across municipalities from the kept monthly totals instead of the facts. It counted every incident
-- of the period of every opted-in municipality on each dashboard view: fine for one municipality, but on a hosted
-- platform where hundreds take part a year's view would count millions of facts. The totals per month and
-- department (dimension 'TOTAL', summed over their slots) give the same counts from a few dozen rows per
-- municipality. Months are counted whose first day lies in [p_from, p_to): the bounds are first days of months, as
-- those of every dashboard period are. Same contract and same grants as before (CREATE OR REPLACE keeps them).
CREATE OR REPLACE FUNCTION insights_benchmark(p_from date, p_to date, p_min integer)
  RETURNS TABLE (category text, own_count bigint, own_rate numeric, others_rate numeric, others integer)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    WITH participants AS (
      SELECT m.id, m.employee_count
        FROM municipality m LEFT JOIN insights_settings s ON s.tenant_id = m.id
       WHERE coalesce(s.benchmark_opt_in, m.benchmark_opt_in) AND m.employee_count > 0
    ), counts AS (
      SELECT p.id, p.employee_count, coalesce(c.category, 'OTHER') AS category, sum(t.n) AS n
        FROM participants p
        JOIN insights_month_count t ON t.tenant_id = p.id AND t.dimension = 'TOTAL'
        LEFT JOIN insights_department_category c ON c.tenant_id = t.tenant_id AND c.department_id = t.department_id
       WHERE t.month >= p_from AND t.month < p_to
       GROUP BY p.id, p.employee_count, coalesce(c.category, 'OTHER')
      HAVING sum(t.n) > 0
    ), others AS (
      SELECT c.category, avg(c.n * 1000.0 / c.employee_count) AS rate, count(*)::integer AS k
        FROM counts c
       WHERE c.id IS DISTINCT FROM current_tenant() AND c.n >= greatest(p_min, 5)
       GROUP BY c.category
    ), own AS (
      SELECT c.category, c.n, c.n * 1000.0 / c.employee_count AS rate FROM counts c WHERE c.id = current_tenant()
    )
    SELECT coalesce(o.category, x.category),
           coalesce(o.n, 0)::bigint,
           round(coalesce(o.rate, 0), 2),
           CASE WHEN x.k >= 2 THEN round(x.rate, 2) END,
           coalesce(x.k, 0)
      FROM own o FULL JOIN others x ON x.category = o.category
     WHERE EXISTS (SELECT 1 FROM participants WHERE id = current_tenant())
     ORDER BY 1
  $$;

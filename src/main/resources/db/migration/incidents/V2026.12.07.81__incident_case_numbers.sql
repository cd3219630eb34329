-- Case numbers (ADR 0102): per municipality and Dutch calendar year a gapless sequence, shown as
-- <case code>-<year>-<sequence of at least four digits>, e.g. VBS-2026-0042.
CREATE TABLE incident_case_counter (
  tenant_id   uuid NOT NULL REFERENCES municipality (id),
  year        integer NOT NULL CHECK (year BETWEEN 2000 AND 2999),
  last_number integer NOT NULL CHECK (last_number > 0),
  PRIMARY KEY (tenant_id, year)
);
ALTER TABLE incident_case_counter ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON incident_case_counter
  USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
REVOKE DELETE ON incident_case_counter FROM ${appRole};

ALTER TABLE incident
  ADD COLUMN case_year   integer,
  ADD COLUMN case_seq    integer,
  ADD COLUMN case_number text;
CREATE UNIQUE INDEX incident_case_seq_idx ON incident (tenant_id, case_year, case_seq);
CREATE UNIQUE INDEX incident_case_number_idx ON incident (tenant_id, case_number);

-- Incidents registered before get their numbers in registration order.
WITH numbered AS (
  SELECT i.id,
         extract(year FROM i.registered_at AT TIME ZONE 'Europe/Amsterdam')::integer AS year,
         row_number() OVER (PARTITION BY i.tenant_id, extract(year FROM i.registered_at AT TIME ZONE 'Europe/Amsterdam')
                            ORDER BY i.registered_at, i.id)::integer AS seq,
         m.case_code
    FROM incident i JOIN municipality m ON m.id = i.tenant_id
)
UPDATE incident i
   SET case_year = n.year, case_seq = n.seq,
       case_number = coalesce(n.case_code || '-', '') || n.year || '-' || lpad(n.seq::text, greatest(4, length(n.seq::text)), '0')
  FROM numbered n
 WHERE i.id = n.id;

INSERT INTO incident_case_counter (tenant_id, year, last_number)
SELECT tenant_id, case_year, max(case_seq) FROM incident WHERE case_year IS NOT NULL GROUP BY tenant_id, case_year;

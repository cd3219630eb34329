#!/usr/bin/env bash
# The address page with all its signals and any flag, on national-size data: the statements one page runs
# (signals.SignalService.page: the BAG address with its objects and investigations, the establishments at it, the
# street rule for each SBI division there, settings, exception list, a flag, two mention counts, two audit rows) in
# one pgbench transaction, against a database of its own filled with generate_series:
#   9.9 million nummeraanduidingen with a verblijfsobject each (40 to a street: 247,500 streets), and
#   2 million establishments in one big municipality over its first 1 million addresses (a third without BAG id,
#   matched on postcode and number), every 1,000th address holding 25 more (the "many at one address" case).
# Prints pgbench's summary and p50/p95/p99 from its per-transaction log, and the plan of the street rule.
#
# Usage: bench/addresses/page.sh [host] [port] [scale]   (scale 1 = national size; 0.1 = a tenth, to try it out)
# PostgreSQL with trust auth for user postgres; makes database weerbaar_bench_addresses and drops it at the end
# (KEEP=1 keeps it for another run, which then skips the generation). CLIENTS (2) and SECONDS_RUN (60): pgbench.
set -euo pipefail
HOST=${1:-127.0.0.1}
PORT=${2:-5432}
SCALE=${3:-1}
DB=weerbaar_bench_addresses
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$HOST" -p "$PORT" -U postgres)
ADDRESSES=$(awk "BEGIN {printf \"%d\", 9900000 * $SCALE}")
BIG=$(awk "BEGIN {printf \"%d\", 1000000 * $SCALE}")
ESTABLISHMENTS=$((BIG * 2))

if ! "${PSQL[@]}" -d "$DB" -c "SELECT 1 FROM bench_ready" >/dev/null 2>&1; then
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
START=$(date +%s)
"${PSQL[@]}" -d "$DB" -v addresses="$ADDRESSES" -v establishments="$ESTABLISHMENTS" -v big="$BIG" <<'SQL'
SET maintenance_work_mem = '512MB';
-- the BAG tables as db/migration/registries creates them (the columns the page reads)
CREATE TABLE bag_woonplaats (id text NOT NULL, voorkomen integer NOT NULL, current boolean NOT NULL, naam text);
CREATE TABLE bag_gemeente_woonplaats (woonplaats_id text NOT NULL, gemeente_code text NOT NULL, eind_geldigheid date);
CREATE TABLE bag_openbare_ruimte (id text NOT NULL, voorkomen integer NOT NULL, current boolean NOT NULL,
  naam text, woonplaats_id text);
CREATE TABLE bag_nummeraanduiding (id text NOT NULL, voorkomen integer NOT NULL, current boolean NOT NULL,
  status text, postcode text, huisnummer integer, huisletter text, toevoeging text, openbare_ruimte_id text,
  woonplaats_id text);
CREATE TABLE bag_adresseerbaar_object (id text NOT NULL, voorkomen integer NOT NULL, current boolean NOT NULL,
  kind text NOT NULL, status text, hoofdadres_id text, nevenadres_ids text[], gebruiksdoelen text[],
  oppervlakte integer, pand_ids text[], x double precision, y double precision);
CREATE TABLE bag_in_onderzoek (object_id text NOT NULL, kenmerk text NOT NULL, in_onderzoek boolean NOT NULL,
  eind_geldigheid date);
INSERT INTO bag_woonplaats SELECT lpad(w::text, 4, '0'), 1, true, 'Plaats ' || w FROM generate_series(1, 2500) w;
INSERT INTO bag_gemeente_woonplaats SELECT lpad(w::text, 4, '0'), lpad((w % 342)::text, 4, '0'), NULL
  FROM generate_series(1, 2500) w;
INSERT INTO bag_openbare_ruimte
SELECT '03633' || lpad(s::text, 11, '0'), 1, true, 'Straat ' || s, lpad((1 + s % 2500)::text, 4, '0')
  FROM generate_series(0, :addresses / 40) s;
INSERT INTO bag_nummeraanduiding
SELECT '03632' || lpad(i::text, 11, '0'), 1, true, 'Naamgeving uitgegeven',
       (1000 + (i / 40) % 9000)::text || chr(65 + (i / 360000) % 26) || chr(65 + (i / 9360000) % 26),
       1 + i % 40, NULL, NULL, '03633' || lpad((i / 40)::text, 11, '0'), NULL
  FROM generate_series(0, :addresses - 1) i;
INSERT INTO bag_adresseerbaar_object
SELECT '03630' || lpad(i::text, 11, '0'), 1, true, 'VBO', 'Verblijfsobject in gebruik', '03632' || lpad(i::text, 11, '0'),
       NULL, CASE WHEN i % 10 < 7 THEN '{woonfunctie}' WHEN i % 10 = 7 THEN '{industriefunctie}'
                  WHEN i % 10 = 8 THEN '{kantoorfunctie}' ELSE '{winkelfunctie}' END::text[],
       40 + i % 200, NULL, 155000 + i % 1000, 463000 + i % 1000
  FROM generate_series(0, :addresses - 1) i;
-- the indexes of bag_build_indexes() and of V2026.12.07.166
CREATE INDEX bag_woonplaats_id_idx ON bag_woonplaats (id, voorkomen);
CREATE INDEX bag_openbare_ruimte_id_idx ON bag_openbare_ruimte (id, voorkomen);
CREATE INDEX bag_nummeraanduiding_id_idx ON bag_nummeraanduiding (id, voorkomen);
CREATE INDEX bag_nummeraanduiding_postcode_idx ON bag_nummeraanduiding (postcode, huisnummer) WHERE current;
CREATE INDEX bag_adresseerbaar_object_id_idx ON bag_adresseerbaar_object (id, voorkomen);
CREATE INDEX bag_adresseerbaar_object_hoofdadres_idx ON bag_adresseerbaar_object (hoofdadres_id) WHERE current;
CREATE INDEX bag_adresseerbaar_object_nevenadres_idx ON bag_adresseerbaar_object USING gin (nevenadres_ids)
  WHERE current AND nevenadres_ids IS NOT NULL;
CREATE INDEX bag_in_onderzoek_object_idx ON bag_in_onderzoek (object_id);
CREATE INDEX bag_nummeraanduiding_street_idx ON bag_nummeraanduiding (openbare_ruimte_id) WHERE current;

-- the trade register extract as db/migration/registries creates it, with its indexes
CREATE TABLE trade_establishment (
  tenant_id uuid NOT NULL, establishment_number text NOT NULL, kvk_number text NOT NULL, name text NOT NULL,
  sbi_codes text[] NOT NULL DEFAULT '{}', postcode text NOT NULL, house_number integer NOT NULL, house_letter text,
  addition text, addressable_object_id text, number_designation_id text,
  PRIMARY KEY (tenant_id, establishment_number));
INSERT INTO trade_establishment
SELECT '00000000-0000-0000-0000-000000000001', lpad(j::text, 12, '0'), lpad((j / 2)::text, 8, '0'), 'Bedrijf ' || j,
       ARRAY[(ARRAY['4711','4719','5610','5630','6201','6420','7022','4120','4941','9602','8690','4642'])[1 + j % 12]],
       n.postcode, n.huisnummer, NULL, NULL, NULL, CASE WHEN j % 3 > 0 THEN n.id END
  FROM generate_series(0, :establishments - 1) j
  JOIN bag_nummeraanduiding n ON n.id = '03632' || lpad((j / 2)::text, 11, '0');
INSERT INTO trade_establishment
SELECT '00000000-0000-0000-0000-000000000001', lpad((:establishments + a * 25 + k)::text, 12, '0'), '99' || lpad(a::text, 6, '0'),
       'Postadres ' || k, '{6420}', n.postcode, n.huisnummer, NULL, NULL, NULL, n.id
  FROM generate_series(0, :big - 1, 1000) a, generate_series(0, 24) k,
       LATERAL (SELECT * FROM bag_nummeraanduiding WHERE id = '03632' || lpad(a::text, 11, '0')) n;
CREATE INDEX trade_establishment_address_idx ON trade_establishment (tenant_id, postcode, house_number);
CREATE INDEX trade_establishment_object_idx ON trade_establishment (tenant_id, addressable_object_id)
  WHERE addressable_object_id IS NOT NULL;
CREATE INDEX trade_establishment_designation_idx ON trade_establishment (tenant_id, number_designation_id)
  WHERE number_designation_id IS NOT NULL;

-- this module's tables, and stand-ins for a flag and two mention sources (indexed on tenant and BAG id)
CREATE TABLE addresses_signal_settings (tenant_id uuid PRIMARY KEY, rules_off text[], many_at_address int,
  many_at_home int, mentions int, street_same_kind int, viewer_roles text[]);
INSERT INTO addresses_signal_settings VALUES ('00000000-0000-0000-0000-000000000001', '{}', 5, 3, 1, 8, '{LEGAL}');
CREATE TABLE addresses_signal_exception (tenant_id uuid, bag_id text, reason text, UNIQUE (tenant_id, bag_id));
INSERT INTO addresses_signal_exception
SELECT '00000000-0000-0000-0000-000000000001', '03632' || lpad((i * 997)::text, 11, '0'), 'bedrijfsverzamelgebouw'
  FROM generate_series(0, 199) i;
CREATE TABLE flag_stand_in (tenant_id uuid, bag_id text, ends_on date, contact text);
INSERT INTO flag_stand_in SELECT '00000000-0000-0000-0000-000000000001', '03632' || lpad((i * 101)::text, 11, '0'),
  DATE '2027-06-01', 'Team Veiligheid' FROM generate_series(0, 9999) i;
CREATE INDEX flag_stand_in_idx ON flag_stand_in (tenant_id, bag_id, ends_on);
CREATE TABLE mention_stand_in (tenant_id uuid, source int, bag_id text, day date);
INSERT INTO mention_stand_in SELECT '00000000-0000-0000-0000-000000000001', i % 2, '03632' || lpad((i * 7)::text, 11, '0'),
  DATE '2026-01-01' + i % 300 FROM generate_series(0, 199999) i;
CREATE INDEX mention_stand_in_idx ON mention_stand_in (tenant_id, source, bag_id);
CREATE TABLE audit_stand_in (id bigserial PRIMARY KEY, tenant_id uuid, object_type text, object_id text,
  purpose text, at timestamptz DEFAULT clock_timestamp());
ANALYZE;
CREATE TABLE bench_ready ();
SQL
echo "generated $ADDRESSES addresses and $ESTABLISHMENTS establishments in $(( $(date +%s) - START )) s"
fi

cat > "$DIR/page.sql" <<SQL
\set a random(0, $BIG - 1)
BEGIN;
SELECT n.id, o.naam, n.huisnummer, n.huisletter, n.toevoeging, n.postcode, w.naam,
       (SELECT g.gemeente_code FROM bag_gemeente_woonplaats g WHERE g.woonplaats_id = w.id AND g.eind_geldigheid IS NULL LIMIT 1),
       n.status
  FROM bag_nummeraanduiding n
  LEFT JOIN bag_openbare_ruimte o ON o.id = n.openbare_ruimte_id AND o.current
  LEFT JOIN bag_woonplaats w ON w.id = coalesce(n.woonplaats_id, o.woonplaats_id) AND w.current
 WHERE n.current AND n.id = '03632' || lpad(:a::text, 11, '0') ORDER BY n.voorkomen DESC LIMIT 1;
SELECT id, kind, status, gebruiksdoelen, oppervlakte, pand_ids, x, y FROM bag_adresseerbaar_object
 WHERE current AND (hoofdadres_id = '03632' || lpad(:a::text, 11, '0')
       OR (current AND nevenadres_ids IS NOT NULL AND nevenadres_ids @> ARRAY['03632' || lpad(:a::text, 11, '0')]));
SELECT object_id, kenmerk FROM bag_in_onderzoek WHERE object_id = ANY(ARRAY['03632' || lpad(:a::text, 11, '0'),
       '03630' || lpad(:a::text, 11, '0')]) AND in_onderzoek AND eind_geldigheid IS NULL;
INSERT INTO audit_stand_in (tenant_id, object_type, object_id, purpose)
  VALUES ('00000000-0000-0000-0000-000000000001', 'address-lookup', :a, 'signals for bibob: bench');
SELECT kvk_number, establishment_number, name, sbi_codes, postcode, house_number, house_letter, addition,
       addressable_object_id, number_designation_id
  FROM trade_establishment
 WHERE tenant_id = '00000000-0000-0000-0000-000000000001'
   AND ((postcode = (SELECT postcode FROM bag_nummeraanduiding WHERE id = '03632' || lpad(:a::text, 11, '0'))
         AND house_number = 1 + :a % 40 AND coalesce(house_letter, '') = '' AND coalesce(addition, '') = '')
        OR (addressable_object_id = ANY(ARRAY['03632' || lpad(:a::text, 11, '0'), '03630' || lpad(:a::text, 11, '0')])
            OR number_designation_id = ANY(ARRAY['03632' || lpad(:a::text, 11, '0'), '03630' || lpad(:a::text, 11, '0')])))
 ORDER BY name, establishment_number LIMIT 500;
SELECT bag_id, reason FROM addresses_signal_exception
 WHERE tenant_id = '00000000-0000-0000-0000-000000000001' AND bag_id = '03632' || lpad(:a::text, 11, '0');
SELECT count(*), max(day) FROM mention_stand_in
 WHERE tenant_id = '00000000-0000-0000-0000-000000000001' AND source = 0 AND bag_id = '03632' || lpad(:a::text, 11, '0');
SELECT count(*), max(day) FROM mention_stand_in
 WHERE tenant_id = '00000000-0000-0000-0000-000000000001' AND source = 1 AND bag_id = '03632' || lpad(:a::text, 11, '0');
SELECT rules_off, many_at_address, many_at_home, mentions, street_same_kind, viewer_roles FROM addresses_signal_settings
 WHERE tenant_id = '00000000-0000-0000-0000-000000000001';
\set d1 1 + (:a * 2) % 12
\set d2 1 + (:a * 2 + 1) % 12
WITH street AS (
  SELECT s.id, s.postcode, s.huisnummer FROM bag_nummeraanduiding s
   WHERE s.current AND s.openbare_ruimte_id = (SELECT x.openbare_ruimte_id FROM bag_nummeraanduiding x
                                                WHERE x.id = '03632' || lpad(:a::text, 11, '0') AND x.current LIMIT 1))
SELECT count(DISTINCT e) FROM (
  SELECT t.establishment_number AS e FROM street s JOIN trade_establishment t
      ON t.tenant_id = '00000000-0000-0000-0000-000000000001' AND t.number_designation_id = s.id
   WHERE left(t.sbi_codes[1], 2) = left((ARRAY['4711','4719','5610','5630','6201','6420','7022','4120','4941','9602','8690','4642'])[:d1], 2)
  UNION ALL
  SELECT t.establishment_number FROM street s JOIN trade_establishment t
      ON t.tenant_id = '00000000-0000-0000-0000-000000000001' AND t.postcode = s.postcode
     AND t.house_number = s.huisnummer AND t.number_designation_id IS NULL
   WHERE left(t.sbi_codes[1], 2) = left((ARRAY['4711','4719','5610','5630','6201','6420','7022','4120','4941','9602','8690','4642'])[:d1], 2)) hits;
WITH street AS (
  SELECT s.id, s.postcode, s.huisnummer FROM bag_nummeraanduiding s
   WHERE s.current AND s.openbare_ruimte_id = (SELECT x.openbare_ruimte_id FROM bag_nummeraanduiding x
                                                WHERE x.id = '03632' || lpad(:a::text, 11, '0') AND x.current LIMIT 1))
SELECT count(DISTINCT e) FROM (
  SELECT t.establishment_number AS e FROM street s JOIN trade_establishment t
      ON t.tenant_id = '00000000-0000-0000-0000-000000000001' AND t.number_designation_id = s.id
   WHERE left(t.sbi_codes[1], 2) = left((ARRAY['4711','4719','5610','5630','6201','6420','7022','4120','4941','9602','8690','4642'])[:d2], 2)
  UNION ALL
  SELECT t.establishment_number FROM street s JOIN trade_establishment t
      ON t.tenant_id = '00000000-0000-0000-0000-000000000001' AND t.postcode = s.postcode
     AND t.house_number = s.huisnummer AND t.number_designation_id IS NULL
   WHERE left(t.sbi_codes[1], 2) = left((ARRAY['4711','4719','5610','5630','6201','6420','7022','4120','4941','9602','8690','4642'])[:d2], 2)) hits;
SELECT ends_on, contact FROM flag_stand_in
 WHERE tenant_id = '00000000-0000-0000-0000-000000000001' AND bag_id = '03632' || lpad(:a::text, 11, '0')
   AND ends_on >= DATE '2026-12-07' ORDER BY ends_on LIMIT 1;
INSERT INTO audit_stand_in (tenant_id, object_type, object_id, purpose)
  VALUES ('00000000-0000-0000-0000-000000000001', 'address-signals', :a, 'signals for bibob: bench');
COMMIT;
SQL

(cd "$DIR" && pgbench -n -h "$HOST" -p "$PORT" -U postgres -c "${CLIENTS:-2}" -j "${CLIENTS:-2}" -T "${SECONDS_RUN:-60}" -f page.sql -l "$DB" \
  | grep -E "number of transactions|tps|latency average")
cat "$DIR"/pgbench_log.* | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {
  printf "pages %d, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms\n", NR, a[int(NR*0.50)]/1000, a[int(NR*0.95)]/1000, a[int(NR*0.99)]/1000 }'
sed -n '/^WITH street/,/) hits;/p' "$DIR/page.sql" | head -n 13 | sed "s/:a::text/'4242'/g; s/\[:d1\]/[7]/g" > "$DIR/plan.sql"
"${PSQL[@]}" -d "$DB" -c "EXPLAIN (ANALYZE, BUFFERS) $(cat "$DIR/plan.sql")" | grep -E "Scan|Execution|Planning"
[ "${KEEP:-0}" = 1 ] || "${PSQL[@]}" -d postgres -c "DROP DATABASE $DB"

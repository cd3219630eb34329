#!/usr/bin/env bash
# Establishments at an address on national-size trade register data: 3 million establishments over 50
# municipalities, the largest with 300,000, queried as trade.Establishments.at does (row-level security's tenant
# condition written out). Prints the latency percentiles of pgbench's per-transaction log.
#
# Usage: bench/registries/trade-lookup.sh [host] [port]   (PostgreSQL with trust auth; makes and drops its database)
set -euo pipefail
HOST=${1:-127.0.0.1}
PORT=${2:-5432}
DB=weerbaar_bench_trade
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$HOST" -p "$PORT" -U postgres)

"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
"${PSQL[@]}" -d "$DB" <<'SQL'
CREATE TABLE trade_establishment (
  tenant_id uuid NOT NULL, establishment_number text NOT NULL, kvk_number text NOT NULL, name text NOT NULL,
  sbi_codes text[] NOT NULL DEFAULT '{}', postcode text NOT NULL, house_number integer NOT NULL, house_letter text,
  addition text, addressable_object_id text, number_designation_id text,
  PRIMARY KEY (tenant_id, establishment_number));
-- 50 municipalities: number 0 holds 300,000 establishments, the other 49 share 2,700,000
INSERT INTO trade_establishment
SELECT ('00000000-0000-0000-0000-' || lpad(t::text, 12, '0'))::uuid,
       lpad(i::text, 12, '0'), lpad((i / 2)::text, 8, '0'), 'Bedrijf ' || i, '{4711}',
       (1000 + (i % 8000))::text || 'AB', 1 + (i / 8000) % 200,
       CASE WHEN i % 7 = 0 THEN 'A' END, CASE WHEN i % 11 = 0 THEN '2' END,
       CASE WHEN i % 3 > 0 THEN lpad((i * 2)::text, 16, '0') END,
       CASE WHEN i % 3 > 0 THEN lpad((i * 2 + 1)::text, 16, '0') END
  FROM generate_series(1, 3000000) AS i,
       LATERAL (SELECT CASE WHEN i <= 300000 THEN 0 ELSE 1 + i % 49 END AS t) x;
CREATE INDEX trade_establishment_address_idx ON trade_establishment (tenant_id, postcode, house_number);
CREATE INDEX trade_establishment_kvk_idx ON trade_establishment (tenant_id, kvk_number);
CREATE INDEX trade_establishment_object_idx ON trade_establishment (tenant_id, addressable_object_id)
  WHERE addressable_object_id IS NOT NULL;
CREATE INDEX trade_establishment_designation_idx ON trade_establishment (tenant_id, number_designation_id)
  WHERE number_designation_id IS NOT NULL;
ANALYZE trade_establishment;
SQL

cat > "$DIR/at.sql" <<'SQL'
\set i random(1, 300000)
\set pc 1000 + (:i % 8000)
\set nr 1 + (:i / 8000) % 200
SELECT kvk_number, establishment_number, name, sbi_codes, postcode, house_number, house_letter, addition,
       addressable_object_id, number_designation_id
  FROM trade_establishment
 WHERE tenant_id = '00000000-0000-0000-0000-000000000000'
   AND ((postcode = :pc || 'AB' AND house_number = :nr AND coalesce(house_letter, '') = '' AND coalesce(addition, '') = '')
        OR (cardinality(ARRAY[lpad((:i * 2 + 1)::text, 16, '0'), lpad((:i * 2)::text, 16, '0')]) > 0
            AND (addressable_object_id = ANY(ARRAY[lpad((:i * 2 + 1)::text, 16, '0'), lpad((:i * 2)::text, 16, '0')])
                 OR number_designation_id = ANY(ARRAY[lpad((:i * 2 + 1)::text, 16, '0'), lpad((:i * 2)::text, 16, '0')]))))
 ORDER BY name, establishment_number LIMIT 500;
SQL

(cd "$DIR" && pgbench -n -h "$HOST" -p "$PORT" -U postgres -c 4 -j 2 -T 30 -f at.sql -l "$DB" | grep -E "tps|latency average")
cat "$DIR"/pgbench_log.* | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {
  printf "lookups %d, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms\n", NR, a[int(NR*0.50)]/1000, a[int(NR*0.95)]/1000, a[int(NR*0.99)]/1000 }'
"${PSQL[@]}" -d "$DB" -c "EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM trade_establishment WHERE tenant_id = '00000000-0000-0000-0000-000000000000' AND ((postcode = '1234AB' AND house_number = 5 AND coalesce(house_letter, '') = '' AND coalesce(addition, '') = '') OR (addressable_object_id = ANY('{0000000000012345}') OR number_designation_id = ANY('{0000000000012345}'))) ORDER BY name LIMIT 500" | grep -E "Scan|Execution"
"${PSQL[@]}" -d postgres -c "DROP DATABASE $DB"

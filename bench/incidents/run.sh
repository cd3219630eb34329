#!/usr/bin/env bash
# Report submission through the API versus pgbench inserting the same rows, in one run on one machine.
# Usage: bench/incidents/run.sh [clients] [seconds]     (from the repository root; PostgreSQL on 127.0.0.1:5432)
# BENCH_PACED_RATE=N adds a run in which the clients together send N reports per second on a fixed schedule.
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p target
CLIENTS=${1:-50}
SECONDS_RUN=${2:-30}
PORT=${BENCH_PORT:-8081}
DB=weerbaar_bench_incidents
PG="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt"
TENANT=00000000-0000-4000-8000-000000000001

$PG -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
$PG -d postgres -c "CREATE DATABASE $DB"
[ -n "${BENCH_SKIP_BUILD:-}" ] || mvn -q -o -DskipTests -Dlicense.skip -Dcyclonedx.skip package
JAR=target/weerbaar.jar
java ${BENCH_JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --weerbaar.db.name="$DB" --logging.level.root=WARN \
  --logging.structured.format.console= --weerbaar.security.login-attempts-per-minute=100000 --management.health.mail.enabled=false --spring.mail.host=127.0.0.1 --spring.mail.port=9 > target/bench-incidents-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 400); do
  curl -fs "http://localhost:$PORT/actuator/health" > /dev/null && break
  sleep 1
done

curl -fs "http://localhost:$PORT/actuator/health" > /dev/null || { echo "application did not start, see target/bench-incidents-app.log"; exit 1; }
echo "== API: $CLIENTS clients, ${SECONDS_RUN}s"
java bench/incidents/ReportLoad.java "http://localhost:$PORT" medewerker Weerbaar-demo-2026 "$CLIENTS" "$SECONDS_RUN" 5 \
  | tee target/bench-incidents-api.txt

if [ -n "${BENCH_PACED_RATE:-}" ]; then
  echo "== API: $CLIENTS clients together at $BENCH_PACED_RATE reports/s, ${SECONDS_RUN}s"
  java bench/incidents/ReportLoad.java "http://localhost:$PORT" medewerker Weerbaar-demo-2026 "$CLIENTS" "$SECONDS_RUN" 5 \
    "$BENCH_PACED_RATE" | tee target/bench-incidents-paced.txt
fi

REPORTER=$($PG -d "$DB" -c "SELECT id FROM app_user WHERE username = 'medewerker'")
echo "== pgbench: same rows (incident, audit record, event), $CLIENTS clients, ${SECONDS_RUN}s"
pgbench -h 127.0.0.1 -U postgres -n -M prepared -c "$CLIENTS" -j 2 -T "$SECONDS_RUN" \
  -D tenant="$TENANT" -D reporter="$REPORTER" -f bench/incidents/insert.sql "$DB" | tee target/bench-incidents-pgbench.txt

API_TPS=$(sed -n 's/^throughput=\([0-9.]*\).*/\1/p' target/bench-incidents-api.txt)
PG_TPS=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' target/bench-incidents-pgbench.txt | head -1)
echo "== ratio API/pgbench: $(echo "scale=3; $API_TPS / $PG_TPS" | bc)"

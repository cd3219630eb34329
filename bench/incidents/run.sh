#!/usr/bin/env bash
# Report submission through the API versus pgbench inserting the same rows, in one run on one machine.
# Usage: bench/incidents/run.sh [clients] [seconds]     (from the repository root; PostgreSQL on 127.0.0.1:5432)
# BENCH_PACED_RATE=N adds a run in which the clients together send N reports per second on a fixed schedule.
# BENCH_AUTH=session reports with browser sessions instead of API keys (see ReportLoad.java).
# After the API run the script waits until the follow-up work of every report (routing, read model) is done, and
# stops the application, so that pgbench has the machine to itself as the API had.
set -euo pipefail
# The benchmarks log in as the demo users: demo mode is off by default, so it is asked for here.
export WEERBAAR_DEMO=true
cd "$(dirname "$0")/../.."
mkdir -p target
CLIENTS=${1:-50}
SECONDS_RUN=${2:-30}
PORT=${BENCH_PORT:-8081}
# seconds of load before the measured window: the JIT compiles the request path in the first seconds of a new JVM
WARMUP=${BENCH_WARMUP:-20}
DB=weerbaar_bench_incidents
PG="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt"
TENANT=00000000-0000-4000-8000-000000000001
HZ=$(getconf CLK_TCK)

# CPU seconds (user + system) of a process, and of all PostgreSQL processes together.
cpu_of() { awk -v hz="$HZ" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/stat" 2>/dev/null || echo 0; }
cpu_pg() { local t=0; for p in $(pgrep -x postgres); do t=$(echo "$t + $(cpu_of "$p")" | bc); done; echo "$t"; }

$PG -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
$PG -d postgres -c "CREATE DATABASE $DB"
[ -n "${BENCH_SKIP_BUILD:-}" ] || mvn -q -DskipTests -Dlicense.skip -Dcyclonedx.skip package
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
echo "== API: $CLIENTS clients, ${SECONDS_RUN}s, load average $(cut -d' ' -f1 /proc/loadavg)"
BEFORE=$($PG -d "$DB" -c "SELECT count(*) FROM incident")
APP_CPU0=$(cpu_of $APP); PG_CPU0=$(cpu_pg); T0=$(date +%s.%N)
java -cp target/test-classes bench/incidents/ReportLoad.java "http://localhost:$PORT" medewerker Weerbaar-demo-2026 "$CLIENTS" "$SECONDS_RUN" "$WARMUP" \
  | tee target/bench-incidents-api.txt
T1=$(date +%s.%N)
# Follow-up work still waiting: event publications without completion.
for _ in $(seq 1 600); do
  OPEN=$($PG -d "$DB" -c "SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
  [ "$OPEN" = 0 ] && break
  sleep 0.2
done
T2=$(date +%s.%N)
APP_CPU1=$(cpu_of $APP); PG_CPU1=$(cpu_pg)
REPORTS=$(( $($PG -d "$DB" -c "SELECT count(*) FROM incident") - BEFORE ))
echo "follow-up done $(echo "scale=1; ($T2 - $T1) / 1" | bc) s after the last answer (unfinished: $OPEN)"
echo "sustained: $REPORTS reports in $(echo "scale=1; ($WARMUP + $SECONDS_RUN + $T2 - $T1) / 1" | bc) s of load and follow-up" \
  "= $(echo "scale=1; $REPORTS / ($WARMUP + $SECONDS_RUN + $T2 - $T1)" | bc) reports/s"
# CPU of the application's threads by kind (request threads, event listeners, ...), per report
threads_cpu() {
  for t in /proc/$APP/task/*; do
    printf '%s\t%s\n' "$(cat "$t/comm" 2>/dev/null | sed 's/[-#]*[0-9][0-9]*$//; s/[0-9]*$//')" \
      "$(awk -v hz="$HZ" '{ printf "%.3f", ($14 + $15) / hz }' "$t/stat" 2>/dev/null)"
  done | awk -F'\t' -v n="$REPORTS" '{ s[$1] += $2 } END { for (k in s) if (s[k] * 1000 / n >= 0.1) printf "  %-22s %6.2f ms\n", k, s[k] * 1000 / n }' | sort -k2 -nr
}
echo "cpu per report (warm-up, measured window and follow-up): application $(echo "scale=2; ($APP_CPU1 - $APP_CPU0) * 1000 / $REPORTS" | bc) ms," \
  "PostgreSQL $(echo "scale=2; ($PG_CPU1 - $PG_CPU0) * 1000 / $REPORTS" | bc) ms ($REPORTS reports)"
echo "application threads since start, cpu per report (start-up and logins included):"
threads_cpu

if [ -n "${BENCH_PACED_RATE:-}" ]; then
  echo "== API: $CLIENTS clients together at $BENCH_PACED_RATE reports/s, ${SECONDS_RUN}s"
  java -cp target/test-classes bench/incidents/ReportLoad.java "http://localhost:$PORT" medewerker Weerbaar-demo-2026 "$CLIENTS" "$SECONDS_RUN" "$WARMUP" \
    "$BENCH_PACED_RATE" | tee target/bench-incidents-paced.txt
fi
kill $APP; wait $APP 2>/dev/null || true

REPORTER=$($PG -d "$DB" -c "SELECT id FROM app_user WHERE username = 'medewerker'")
echo "== pgbench: same rows (incident, audit record, event), $CLIENTS clients, ${SECONDS_RUN}s, load average $(cut -d' ' -f1 /proc/loadavg)"
pgbench -h 127.0.0.1 -U postgres -n -M prepared -c "$CLIENTS" -j 2 -T "$SECONDS_RUN" \
  -D tenant="$TENANT" -D reporter="$REPORTER" -f bench/incidents/insert.sql "$DB" | tee target/bench-incidents-pgbench.txt

API_TPS=$(sed -n 's/^throughput=\([0-9.]*\).*/\1/p' target/bench-incidents-api.txt)
PG_TPS=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' target/bench-incidents-pgbench.txt | head -1)
echo "== ratio API/pgbench: $(echo "scale=3; $API_TPS / $PG_TPS" | bc)"

#!/usr/bin/env bash
# Start-up time and memory of the packaged application, three ways in one run (the machine is noisy: compare the
# ratios, not single figures): the jar as built, the jar extracted (Spring Boot's `extract`), and the extracted jar
# with an application class-data-sharing archive (AppCDS, JDK 17+) trained on one start.
# Usage: bench/startup.sh [runs]   (after ./mvnw -DskipTests package)
# Uses WEERBAAR_DB_URL when set, else the usual choice (embedded, or 127.0.0.1:5432 as root) with database
# weerbaar_bench. The first start (migrations and demo data) is reported separately.
set -euo pipefail
# The benchmarks log in as the demo users: demo mode is off by default, so it is asked for here.
export WEERBAAR_DEMO=true
cd "$(dirname "$0")/.."
runs=${1:-5}
port=${BENCH_PORT:-18080}
jar=target/weerbaar.jar
[ -f "$jar" ] || { echo "Build first: ./mvnw -DskipTests package" >&2; exit 1; }
work=target/startup-bench
rm -rf "$work" && mkdir -p "$work"
java -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
args=(--server.port="$port" --weerbaar.db.name=weerbaar_bench --logging.structured.format.console=)

start_once() { # $@: java options and jar
  local log; log=$(mktemp)
  local t0; t0=$(date +%s%N)
  java ${JAVA_OPTS:-} "$@" "${args[@]}" >"$log" 2>&1 &
  local pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.05
  done
  local t1; t1=$(date +%s%N)
  local reported; reported=$(grep -o 'Started WeerbaarApplication in [0-9.]*' "$log" | awk '{print $4}')
  local rss; rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -f "$log"
  printf '%s %s %s\n' "$(( (t1 - t0) / 1000000 ))" "$reported" "$((rss / 1024))"
}

echo "first start (schema + demo data): $(start_once -jar "$jar")"
# Training run for the archive: start, refresh the context, write the archive at exit.
java -XX:ArchiveClassesAtExit="$work/app.jsa" -Dspring.context.exit=onRefresh -jar "$work/app/weerbaar.jar" \
  "${args[@]}" >/dev/null 2>&1 || true
[ -f "$work/app.jsa" ] || { echo "no CDS archive was written" >&2; exit 1; }

declare -A results
for i in $(seq 1 "$runs"); do
  results[jar]+="$(start_once -jar "$jar")"$'\n'
  results[extracted]+="$(start_once -jar "$work/app/weerbaar.jar")"$'\n'
  results[cds]+="$(start_once -XX:SharedArchiveFile="$work/app.jsa" -Xlog:cds=off -jar "$work/app/weerbaar.jar")"$'\n'
  echo "round $i done"
done
median() { sort -n | awk 'NF {a[++n]=$1} END {print a[int((n+1)/2)]}'; }
echo "median over $runs starts: wall ms until ready, Spring-reported s, RSS MiB"
for v in jar extracted cds; do
  printf '%-10s %6s ms  %5s s  %4s MiB\n' "$v" \
    "$(printf '%s' "${results[$v]}" | awk '{print $1}' | median)" \
    "$(printf '%s' "${results[$v]}" | awk '{print $2}' | median)" \
    "$(printf '%s' "${results[$v]}" | awk '{print $3}' | median)"
done

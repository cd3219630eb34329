#!/usr/bin/env bash
# Start-up time and memory of the demo run: median of N starts of the packaged application.
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

start_once() {
  local log; log=$(mktemp)
  local t0; t0=$(date +%s%N)
  java ${JAVA_OPTS:-} -jar "$jar" --server.port="$port" --weerbaar.db.name=weerbaar_bench \
    --logging.structured.format.console= >"$log" 2>&1 &
  local pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.05
  done
  local t1; t1=$(date +%s%N)
  local reported; reported=$(grep -o 'Started WeerbaarApplication in [0-9.]*' "$log" | awk '{print $4}')
  local rss; rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  # heap in use right after start, as the JVM reports it (the metrics endpoint is not public)
  local heap; heap=$(jcmd "$pid" GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*')
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -f "$log"
  printf '%s %s %s %s\n' "$(( (t1 - t0) / 1000000 ))" "$reported" "$((rss / 1024))" "$(awk -v h="${heap:-0}" 'BEGIN {printf "%.0f", h / 1024}')"
}

echo "first start (schema + demo data): $(start_once)"
results=()
for i in $(seq 1 "$runs"); do
  r=$(start_once); results+=("$r"); echo "run $i: $r"
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "columns: wall ms until healthy, Spring-reported s, RSS MiB, heap used MiB"
echo "median wall ms:     $(printf '%s\n' "${results[@]}" | awk '{print $1}' | median)"
echo "median reported s:  $(printf '%s\n' "${results[@]}" | awk '{print $2}' | median)"
echo "median RSS MiB:     $(printf '%s\n' "${results[@]}" | awk '{print $3}' | median)"
echo "median heap MiB:    $(printf '%s\n' "${results[@]}" | awk '{print $4}' | median)"

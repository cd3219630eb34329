#!/usr/bin/env bash
# Import + full analysis of the processes module at scale: 10,000 employees, 500 process steps,
# 200 applications, 1,000,000 access rights. Prints a Markdown table of timings.
# Usage: bench/processes/run.sh   (uses PostgreSQL as the application does; database weerbaar_bench_processes)
set -euo pipefail
# The benchmarks log in as the demo users: demo mode is off by default, so it is asked for here.
export WEERBAAR_DEMO=true
cd "$(dirname "$0")/../.."
./mvnw -q test-compile -Dlicense.skip
cp=$(./mvnw -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
exec java ${JAVA_OPTS:--Xmx2g} -cp "target/classes:target/test-classes:$cp" nl.weerbaar.bench.processes.ProcessesBenchmark

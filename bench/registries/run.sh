#!/usr/bin/env bash
# BAG load at scale: generates extracts in Kadaster's layout (kept in target/bench-bag/), loads each in a JVM of its
# own with -Xmx512m and prints the breakdown (inflate, parse, COPY, indexes, logging) and the address lookup p50/p95.
# Usage: bench/registries/run.sh [objects ...]   (default: 1500000 3000000, half and a tenth of national)
# Database weerbaar_bench_bag on 127.0.0.1:5432 (made when missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q test-compile -Dlicense.skip
cp=$(./mvnw -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
sizes=("$@")
if [ ${#sizes[@]} -eq 0 ]; then sizes=(1500000 3000000); fi
exec java ${JAVA_OPTS:--Xmx1g} -cp "target/classes:target/test-classes:$cp" \
  nl.weerbaar.bench.registries.BagBenchmark "${sizes[@]}"

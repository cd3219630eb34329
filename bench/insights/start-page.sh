#!/bin/sh
# Start page benchmark: the coordinator's start page over a million incidents (with their follow-up steps).
# Usage: bench/insights/start-page.sh [jdbc-server-url] [database] [incidents] [rounds]
# Needs PostgreSQL reachable as user postgres (trust), e.g. on 127.0.0.1:5432. BENCH_JAVA_OPTS: the JVM options.
set -e
export WEERBAAR_DEMO=true
cd "$(dirname "$0")/../.."
mvn -q test-compile -Dlicense.skip -Dcyclonedx.skip
mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java ${BENCH_JAVA_OPTS:--Xmx1g} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  nl.weerbaar.bench.insights.StartPageBench "$@"

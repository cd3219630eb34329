#!/bin/sh
# Dashboard benchmark: a million incidents in one municipality, dashboard requests against the bare SQL.
# Usage: bench/insights/run.sh [jdbc-server-url] [database] [incidents] [rounds]
# Needs PostgreSQL reachable as user postgres (trust), e.g. on 127.0.0.1:5432.
# BENCH_JAVA_OPTS: the JVM options (default -Xmx1g), e.g. a flight recording; -Dbench.scenario=text measures only
# the scenarios whose name contains the text.
set -e
# The benchmarks log in as the demo users: demo mode is off by default, so it is asked for here.
export WEERBAAR_DEMO=true
cd "$(dirname "$0")/../.."
mvn -q test-compile -Dlicense.skip -Dcyclonedx.skip
mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java ${BENCH_JAVA_OPTS:--Xmx1g} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  nl.weerbaar.bench.insights.DashboardBench "$@"

#!/bin/sh
# Incident-list benchmark: a million incidents of one municipality (seven steps each), the list page with a search by
# a word, several words, a perpetrator's address and filters, as the coordinator and as a manager; p50/p95 per
# scenario and the plan PostgreSQL chose. Data are generated on the first run and reused afterwards.
# Usage: bench/incidents/search.sh [jdbc-server-url] [database] [incidents] [rounds]
# Needs PostgreSQL reachable as user postgres (trust), e.g. on 127.0.0.1:5432. Figures also in target/bench-search.txt.
# BENCH_JAVA_OPTS: the JVM options (default -Xmx1g); -Dbench.scenario=text measures only the scenarios whose name
# contains the text.
set -e
# The benchmark logs in as the demo users: demo mode is off by default, so it is asked for here.
export WEERBAAR_DEMO=true
cd "$(dirname "$0")/../.."
mvn -q test-compile -Dlicense.skip -Dcyclonedx.skip
mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java ${BENCH_JAVA_OPTS:--Xmx1g} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  nl.weerbaar.incidents.core.SearchBenchmark "$@"

#!/bin/sh
# Meldpunt inbox benchmark: 10,000 reports in one municipality, the recipients' list (first page, each filter, a deep
# page) as the integrity coordinator and as the secretary (the fallback recipient); p50/p95/max per scenario.
# Usage: bench/meldpunt/inbox.sh [jdbc-server-url] [database] [reports] [rounds]
# Needs PostgreSQL reachable as user postgres (trust), e.g. on 127.0.0.1:5432. BENCH_JAVA_OPTS: the JVM options.
# Data are generated on the first run and reused afterwards.
set -e
export WEERBAAR_DEMO=true
cd "$(dirname "$0")/../.."
mvn -q test-compile -Dlicense.skip -Dcyclonedx.skip
mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java ${BENCH_JAVA_OPTS:--Xmx1g} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  nl.weerbaar.bench.meldpunt.InboxBench "$@"

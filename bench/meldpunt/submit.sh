#!/bin/sh
# Meldpunt submission benchmark: anonymous reports with a 5 MB photo each, from concurrent submitters, over HTTP;
# p50/p95/max latency and reports per second. The reports are deleted again at the end.
# Usage: bench/meldpunt/submit.sh [jdbc-server-url] [database] [submitters] [reports-per-submitter] [megabytes]
# Needs PostgreSQL reachable as user postgres (trust), e.g. on 127.0.0.1:5432. BENCH_JAVA_OPTS: the JVM options.
set -e
export WEERBAAR_DEMO=true
cd "$(dirname "$0")/../.."
mvn -q test-compile -Dlicense.skip -Dcyclonedx.skip
mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java ${BENCH_JAVA_OPTS:--Xmx2g} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  nl.weerbaar.bench.meldpunt.SubmitBench "$@"

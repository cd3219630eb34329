#!/usr/bin/env bash
# Survey benchmark: 200,000 responses over 60 municipalities; times the results per department of the largest
# municipality (20,000 respondents) and the cross-municipality benchmark aggregate. Data are generated on the
# first run into database weerbaar_bench_surveys and reused afterwards.
# Usage: bench/surveys/run.sh   (uses WEERBAAR_DB_URL when set, else the usual database choice)
set -euo pipefail
# The benchmarks log in as the demo users: demo mode is off by default, so it is asked for here.
export WEERBAAR_DEMO=true
cd "$(dirname "$0")/../.."
mvn -q test-compile -Dlicense.skip -Dcyclonedx.skip
mvn -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  nl.weerbaar.surveys.internal.SurveyBenchmark
cat target/survey-benchmark.txt

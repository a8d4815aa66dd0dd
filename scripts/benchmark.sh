#!/usr/bin/env bash
# The benchmark of issue 6 (docs/performance.md): generates the corpus under target/bench if absent, then in one JVM
# a warm-up and ROUNDS rounds of F (floor), J_read, J, J+feedback (each one --input run of every county), J1 (J on one
# thread: recon.counties.threads=1, recon.ingest.threads=1) and P (naive POI), medians, ratios (J1/J: partitioning)
# and peak heap; J's findings against the answer file and against each county reconciled alone; then J under
# -Xmx256m in child JVMs on the corpus, on 4x the counties and on files 4x as long (skipped with --no-heap-limit-runs).
# Usage: scripts/benchmark.sh [sample|prefecture|province|CxDxV] [rounds] [--no-heap-limit-runs]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -Pbench test-compile
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
exec java -Xms1g -Xmx1g -Xmn32m -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  cn.minsheng.recon.bench.ReconBenchmark "${1:-sample}" "${2:-3}" "${3:-}"

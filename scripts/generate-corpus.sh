#!/usr/bin/env bash
# Writes a benchmark corpus of invented counties (one folder per county with official/ and submissions/2026-03/)
# and its answer file answers-2026-03.csv listing the planted defects.
# Usage: scripts/generate-corpus.sh <dir> [sample|prefecture|province|CxDxV] [seed]
#   C counties, D departments per county (one file each), V villages per township (the length of long files)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q test-compile
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  cn.minsheng.recon.corpus.CorpusGenerator "$@"

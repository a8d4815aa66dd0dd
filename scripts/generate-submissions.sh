#!/usr/bin/env bash
# Regenerates input/submissions/2026-03/ (the sample department submissions of seed 004) and the answer file
# src/test/resources/sample/expected-findings-2026-03.csv listing the defects planted in them (March reconciled on
# its own), with expected-findings-2026-03-after-02.csv (March reconciled after February into the same output);
# and input/submissions/2026-02/ with expected-findings-2026-02.csv. February goes beside March: a 2026-02 folder
# next to output-dir, its answer files named after answer-file.
# Usage: scripts/generate-submissions.sh [output-dir [answer-file]]
set -euo pipefail
cd "$(dirname "$0")/.."
folder="${1:-input/submissions/2026-03}"
answer="${2:-src/test/resources/sample/expected-findings-2026-03.csv}"
./mvnw -q test-compile
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
# the shipped sample starts from an empty folder, so a renamed file leaves no stale copy behind
if [ "$folder" = "input/submissions/2026-03" ]; then
  for shipped in input/submissions/2026-03 input/submissions/2026-02; do
    if [ -d "$shipped" ]; then
      find "$shipped" -maxdepth 1 -type f -delete
    fi
  done
fi
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  cn.minsheng.recon.sample.SampleSubmissions "$folder" "$answer"

#!/usr/bin/env bash
# Regenerates input/official/ (the shipped sample official tables) from the Miluo transcription in test scope.
# Usage: scripts/generate-sample.sh [output-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q test-compile
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  cn.minsheng.recon.sample.SampleInputGenerator "${1:-input/official}"

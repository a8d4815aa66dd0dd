#!/usr/bin/env bash
# Runs the job as `java -jar target/minsheng-recon.jar "$@"` would, but from the extracted jar with a class-data
# sharing archive (Spring Boot's CDS), which shortens start-up, and with the JIT's first tier only: on 2 cores its
# second tier (C2) takes a whole core for the first tens of seconds, longer than a county's run (docs/performance.md). The first run after a build
# extracts the jar to target/cds and makes the archive with a training run (a few seconds, once); the job then runs
# in the caller's folder, so relative --output, --official … mean what they mean with java -jar.
# Usage: scripts/run.sh --period=YYYY-MM [options of the jar]
set -euo pipefail
# Java decodes file names in the locale's charset: under cron's LANG=C (or env -i) Chinese names could not be opened
if [ "$(locale charmap 2>/dev/null)" != "UTF-8" ]; then
  export LC_ALL=C.UTF-8
fi
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/target/minsheng-recon.jar"
cds="$root/target/cds"
archive="$cds/minsheng-recon.jsa"
if [ ! -f "$jar" ]; then
  echo "未找到 $jar，请先运行：./mvnw -q -DskipTests package" >&2
  exit 2
fi
if [ ! -f "$archive" ] || [ "$jar" -nt "$archive" ]; then
  rm -rf "$cds"
  java -Djarmode=tools -jar "$jar" extract --destination "$cds" >/dev/null
  # the training run starts the application context and stops: it reads no input and writes only under target/cds
  java -XX:ArchiveClassesAtExit="$archive" -Dspring.context.exit=onRefresh -jar "$cds/minsheng-recon.jar" \
    --period=2000-01 --output="$cds/training" >/dev/null 2>&1 || true
fi
if [ -f "$archive" ]; then
  exec java -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile="$archive" -Xlog:cds=off -Xlog:class+path=off \
    -jar "$cds/minsheng-recon.jar" "$@"
fi
exec java -XX:TieredStopAtLevel=1 -jar "$cds/minsheng-recon.jar" "$@"

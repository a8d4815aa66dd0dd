#!/usr/bin/env bash
# Wall time from launch to exit of the README's run command on the shipped sample, and what of it is JVM + Spring
# start-up; then the same with Spring Boot's CDS (extracted jar + a training run). Medians of RUNS runs each, after
# one unmeasured run per variant. Figures in docs/performance.md.
# Usage: scripts/startup-timing.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
[ -f target/minsheng-recon.jar ] || ./mvnw -q -DskipTests package
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/empty"

# median wall milliseconds of "$@" over $runs runs (one unmeasured run first)
median_ms() {
  "$@" >/dev/null 2>&1 || true
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
}

jar=target/minsheng-recon.jar
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) processors"
echo "java -version (JVM alone):                    $(median_ms java -version) ms"
echo "JVM + Spring context, exit on refresh:        $(median_ms java -Dspring.context.exit=onRefresh -jar $jar --period=2026-03 --output="$work/out-refresh") ms"
echo "job with an empty submissions folder:         $(median_ms java -jar $jar --period=2026-03 --submissions="$work/empty" --output="$work/out-empty") ms"
echo "java -jar $jar --period=2026-03:  $(median_ms java -jar $jar --period=2026-03 --output="$work/out-full") ms"

java -Djarmode=tools -jar "$jar" extract --destination "$work/extracted" >/dev/null
extracted="$work/extracted/minsheng-recon.jar"
echo "extracted jar, no CDS:                        $(median_ms java -jar "$extracted" --period=2026-03 --output="$work/out-x") ms"
java -XX:ArchiveClassesAtExit="$work/app.jsa" -Dspring.context.exit=onRefresh -jar "$extracted" --period=2026-03 \
  --output="$work/out-train" >/dev/null 2>&1 || true
echo "CDS archive: $(du -h "$work/app.jsa" | cut -f1)"
echo "extracted jar + CDS, exit on refresh:         $(median_ms java -XX:SharedArchiveFile="$work/app.jsa" -Dspring.context.exit=onRefresh -jar "$extracted" --period=2026-03 --output="$work/out-cds-refresh") ms"
echo "extracted jar + CDS, the sample run:          $(median_ms java -XX:SharedArchiveFile="$work/app.jsa" -jar "$extracted" --period=2026-03 --output="$work/out-cds") ms"

#!/usr/bin/env bash
# Wall time from launch to exit of the README's run command on the shipped sample, and what of it is JVM + Spring
# start-up; then the same from the extracted jar, without and with Spring Boot's CDS (training run first), and with
# the JIT's first tier only, as scripts/run.sh (the README's command) runs it. The
# variants run interleaved, one of each per round, so that the load of a busy machine falls on all of them alike;
# medians of RUNS rounds after one unmeasured round. Every run but "the same unchanged inputs again" is --force: such a re-run is
# otherwise recognised and not reconciled again. Figures in docs/performance.md.
# Usage: scripts/startup-timing.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
[ -f target/minsheng-recon.jar ] || ./mvnw -q -DskipTests package
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/empty"
jar=target/minsheng-recon.jar
java -Djarmode=tools -jar "$jar" extract --destination "$work/extracted" >/dev/null
extracted="$work/extracted/minsheng-recon.jar"
java -XX:ArchiveClassesAtExit="$work/app.jsa" -Dspring.context.exit=onRefresh -jar "$extracted" --period=2026-03 \
  --output="$work/out-train" >/dev/null 2>&1 || true

names=(
  "java -version (the JVM alone)"
  "fat jar: JVM + Spring context, exit on refresh"
  "fat jar: the job, empty submissions folder"
  "fat jar: java -jar target/minsheng-recon.jar --period=2026-03 --force"
  "extracted jar, no CDS: exit on refresh"
  "extracted jar, no CDS: the sample run"
  "extracted jar + CDS: exit on refresh"
  "extracted jar + CDS: the sample run"
  "fat jar: the same unchanged inputs again, without --force"
  "extracted jar + CDS + first JIT tier only: the sample run (scripts/run.sh)"
  "fat jar + first JIT tier only: the sample run"
)
run_variant() {
  case "$1" in
    0) java -version ;;
    1) java -Dspring.context.exit=onRefresh -jar "$jar" --period=2026-03 --output="$work/o1" ;;
    2) java -jar "$jar" --period=2026-03 --submissions="$work/empty" --output="$work/o2" --force ;;
    3) java -jar "$jar" --period=2026-03 --output="$work/o3" --force ;;
    4) java -Dspring.context.exit=onRefresh -jar "$extracted" --period=2026-03 --output="$work/o4" ;;
    5) java -jar "$extracted" --period=2026-03 --output="$work/o5" --force ;;
    6) java -XX:SharedArchiveFile="$work/app.jsa" -Dspring.context.exit=onRefresh -jar "$extracted" --period=2026-03 --output="$work/o6" ;;
    7) java -XX:SharedArchiveFile="$work/app.jsa" -jar "$extracted" --period=2026-03 --output="$work/o7" --force ;;
    8) java -jar "$jar" --period=2026-03 --output="$work/o3" ;;
    9) java -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile="$work/app.jsa" -jar "$extracted" --period=2026-03 \
         --output="$work/o9" --force ;;
    10) java -XX:TieredStopAtLevel=1 -jar "$jar" --period=2026-03 --output="$work/o10" --force ;;
  esac
}
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) processors, CDS archive $(du -h "$work/app.jsa" | cut -f1)"
for round in $(seq 0 "$runs"); do
  for v in "${!names[@]}"; do
    start=$(date +%s%N)
    run_variant "$v" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    [ "$round" -gt 0 ] && echo "$v $(( (end - start) / 1000000 ))" >> "$work/times"
  done
done
for v in "${!names[@]}"; do
  median=$(awk -v v="$v" '$1 == v {print $2}' "$work/times" | sort -n \
    | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
  printf '%-64s %6s ms\n' "${names[$v]}" "$median"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

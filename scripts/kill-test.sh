#!/usr/bin/env bash
# Kills the job with SIGKILL at random points and relaunches it each time, then checks that the outputs it ends with
# equal, cell for cell, those of an uninterrupted run (run time aside).
#
# A round starts from an empty output folder, launches the job on the shipped sample, kills it after a random
# 0.3 s .. (run time of a relaunch after a kill), relaunches, and so on until a launch completes (once enough kills are
# done, the launch is left to complete); its outputs are then compared with the uninterrupted run's (PeriodOutputs, a
# test class). A launch that completes before its kill ends the round early, and a new round begins. The window is
# timed on a relaunch after a launch killed inside the job, not on a clean run: such a relaunch first waits for the
# killed process's database lock to go stale (H2 takes a lock file over only once it is 2 s old, then waits again to
# be sure), and a window shorter than that would kill every launch before the job starts.
#
#   scripts/kill-test.sh   # at least KILLS=20 kills, MID_RUN=10 of them inside the job; KEEP=1 keeps the work folder
# Exit status: 0 when every round ended with the same outputs, 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

KILLS=${KILLS:-20}
# many random kills land in JVM and Spring start-up: go on until this many have hit the job itself
MID_RUN=${MID_RUN:-10}
PERIOD=2026-03
JAR=target/minsheng-recon.jar
CLASSPATH_FILE=target/test-classpath.txt

if [[ ! -f $JAR ]]; then
    ./mvnw -q -DskipTests package
fi
# the comparator is a test class: compile the tests and write their classpath
./mvnw -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CLASSPATH_FILE"
COMPARE_CP="target/test-classes:target/classes:$(cat "$CLASSPATH_FILE")"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/kill-test.XXXXXX")
if [[ -z ${KEEP:-} ]]; then trap 'rm -rf "$WORK"' EXIT; fi

launch() { # output-folder log-file; in the background, call it in a subshell: it becomes the java process itself
    exec java -jar "$JAR" --period=$PERIOD --official=input/official --submissions=input/submissions/$PERIOD \
        --output="$1" >"$2" 2>&1
}
now() { date +%s.%N; }
since() { awk -v from="$1" -v to="$(now)" 'BEGIN { printf "%.2f", to - from }'; }

started=$(now)
t0=$(now)
(launch "$WORK/clean" "$WORK/clean.log") || { echo "the uninterrupted run failed:"; cat "$WORK/clean.log"; exit 1; }
clean=$(since "$t0")
# the window: a relaunch after a launch killed inside the job, when it holds the database
(launch "$WORK/calibrate" "$WORK/calibrate-killed.log") & pid=$!
for _ in $(seq 300); do
    if grep -q '开始对账' "$WORK/calibrate-killed.log"; then break; fi
    sleep 0.1
done
kill -9 "$pid" 2>/dev/null && { wait "$pid"; } 2>/dev/null || true
t0=$(now)
(launch "$WORK/calibrate" "$WORK/calibrate.log") || { echo "the relaunch after a kill failed:"; cat "$WORK/calibrate.log"; exit 1; }
typical=$(awk -v a="$clean" -v b="$(since "$t0")" 'BEGIN { printf "%.2f", (a > b ? a : b) }')
printf 'uninterrupted run: %.1f s; a relaunch after a kill: %.1f s\n' "$clean" "$typical"

count_restarts() { # a launch that found a killed run (still marked running) and one that resumed a run
    if grep -q '未正常结束' "$1"; then recovered=$((recovered + 1)); fi
    if grep -q '继续期间' "$1"; then resumed=$((resumed + 1)); fi
}

kills=0 mid_run=0 at_startup=0 late=0 launches=0 recovered=0 resumed=0 rounds=0 failed_rounds=0
killing() { (( kills < KILLS || mid_run < MID_RUN )); }
while killing; do
    rounds=$((rounds + 1))
    out="$WORK/round-$rounds"
    while true; do
        launches=$((launches + 1))
        log="$WORK/round-$rounds-launch-$launches.log"
        (launch "$out" "$log") & pid=$!
        if killing; then
            pause=$(awk -v seed="$RANDOM$RANDOM" -v max="$typical" \
                'BEGIN { srand(seed); printf "%.2f", 0.3 + rand() * (max - 0.3) }')
            sleep "$pause"
        fi
        if killing && kill -9 "$pid" 2>/dev/null; then
            { wait "$pid"; } 2>/dev/null || true
            kills=$((kills + 1))
            if grep -q '用时' "$log"; then
                late=$((late + 1))              # the job had finished, the JVM was exiting
            elif grep -q '开始对账' "$log"; then
                mid_run=$((mid_run + 1))        # inside the job: reading, reconciling or writing
            else
                at_startup=$((at_startup + 1))  # JVM start, Spring context, database opening, recovery
            fi
            count_restarts "$log"
            # nothing half-written: every workbook present is a complete zip
            for book in "$out/$PERIOD"/*.xlsx "$out/$PERIOD"/feedback/*.xlsx; do
                if [[ -f $book ]] && ! unzip -tqq "$book" >/dev/null 2>&1; then
                    echo "half-written after kill $kills: $book"; exit 1
                fi
            done
            continue
        fi
        status=0
        wait "$pid" || status=$?
        count_restarts "$log"
        if (( status != 0 )); then
            echo "round $rounds: a relaunch failed (exit $status):"; tail -20 "$log"; exit 1
        fi
        break
    done
    if java -cp "$COMPARE_CP" cn.minsheng.recon.testing.PeriodOutputs "$WORK/clean/$PERIOD" "$out/$PERIOD" \
            >"$WORK/round-$rounds-compare.txt"; then
        echo "round $rounds: outputs equal the uninterrupted run's (kills so far: $kills)"
    else
        failed_rounds=$((failed_rounds + 1))
        echo "round $rounds: outputs DIFFER:"; head -20 "$WORK/round-$rounds-compare.txt"
    fi
    leftovers=$(find "$out/$PERIOD" -name '.*.tmp' | wc -l)
    if (( leftovers > 0 )); then
        failed_rounds=$((failed_rounds + 1))
        echo "round $rounds: $leftovers temporary file(s) left among the outputs"
    fi
done

wall=$(since "$started")
echo "kills: $kills (mid-run $mid_run, during start-up $at_startup, after the job finished $late)"
echo "launches: $launches in $rounds rounds; stale executions recovered: $recovered; runs resumed: $resumed"
printf 'wall time: %.0f s; rounds with different or littered outputs: %d\n' "$wall" "$failed_rounds"
(( failed_rounds == 0 ))

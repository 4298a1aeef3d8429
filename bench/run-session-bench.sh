#!/usr/bin/env bash
# What sessions cost (issue 15's table), written to bench/sessions.md: a measurement, exits 0
# even when a target is missed, non-zero only when something could not be built or run.
#
#   bench/run-session-bench.sh
#
# Figures (SessionBenchmark, src/test/java/.../bench, public API only):
#   first session   a fresh JVM per sample (FIRST_SAMPLES, default 5): build a session and run
#                   print("hi"), from the first API call and from JVM start; plus the CLI process
#                   `java -jar target/micropython4j.jar -c 'print("hi")'`: wall clock and max RSS
#                   (GNU time), FIRST_SAMPLES times; and for this build the same CLI through
#                   scripts/micropython4j (an AppCDS archive written by one start beforehand)
#   warm figures    one JVM: new session + first run, run("x += 1"), a host-function call (a
#                   loop of 2,000 calls less the same loop calling a Python function),
#                   snapshot take / toBytes / fromBytes / restore + first run, snapshot size;
#                   each the median (and min) of 7 batches after a warm-up
#   idle sessions   a fresh JVM: IDLE_SESSIONS (default 1000) sessions, one run each, then idle:
#                   heap per session (after GC), process RSS, live threads
# The same figures (snapshots aside) for another build, measured in the same run under the same
# load, when BASELINE_CLASSES names its compiled classes (e.g. a checkout of an earlier commit
# after `mvn package`: its target/classes); its CLI runs from those classes and this build's
# dependencies.
# Inputs (environment): JAVA, FIRST_SAMPLES, IDLE_SESSIONS, BASELINE_CLASSES, BASELINE_NAME,
# RESULTS (default bench/sessions.md).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
COMMAND="$0${*:+ $*}"
for var in JAVA FIRST_SAMPLES IDLE_SESSIONS BASELINE_CLASSES BASELINE_NAME; do
    if [ -n "${!var:-}" ]; then COMMAND="$var=${!var} $COMMAND"; fi
done
OUT=$ROOT/target/bench-sessions
RESULTS=${RESULTS:-$ROOT/bench/sessions.md}
JAVA=${JAVA:-java}
FIRST_SAMPLES=${FIRST_SAMPLES:-5}
IDLE_SESSIONS=${IDLE_SESSIONS:-1000}
BASELINE_CLASSES=${BASELINE_CLASSES:-}
BASELINE_NAME=${BASELINE_NAME:-baseline}
mkdir -p "$OUT"
log() { echo "run-session-bench: $*" >&2; }
die() { log "$*"; exit 1; }

log "compiling (mvn package -DskipTests)"
(cd "$ROOT" && { mvn -q -B -o package -DskipTests || mvn -q -B package -DskipTests; }) >"$OUT/mvn.log" 2>&1 ||
    { tail -n 30 "$OUT/mvn.log" >&2; die "mvn package failed (log: $OUT/mvn.log)"; }
(cd "$ROOT" && { mvn -q -B -o dependency:build-classpath -Dmdep.outputFile="$OUT/deps.classpath" ||
    mvn -q -B dependency:build-classpath -Dmdep.outputFile="$OUT/deps.classpath"; }) >>"$OUT/mvn.log" 2>&1 ||
    die "mvn dependency:build-classpath failed (log: $OUT/mvn.log)"
rm -rf "$OUT/classes" "$OUT/test-classes"
cp -a "$ROOT/target/classes" "$OUT/classes"
cp -a "$ROOT/target/test-classes" "$OUT/test-classes"
cp "$ROOT/target/micropython4j.jar" "$OUT/micropython4j.jar"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
WASM_SHA256=$(cut -d' ' -f1 "$ROOT/src/main/resources/micropython.wasm.sha256")

DEPS=$(cat "$OUT/deps.classpath")
BENCH_CLASSES=$OUT/test-classes/io/github/micropython4j/bench
# measure DIR LIBRARY_CP CLI_COMMAND... : every figure into DIR
measure() {
    local dir=$1 lib=$2 snapshot=""
    shift 2
    mkdir -p "$dir"
    [ "$lib" = "$OUT/classes" ] || snapshot=--no-snapshot
    local cp="$OUT/bench-only:$lib:$DEPS"
    bench() { "$JAVA" -cp "$cp" io.github.micropython4j.bench.SessionBenchmark "$@"; }
    log "$dir: first session in a fresh JVM, $FIRST_SAMPLES samples"
    : >"$dir/first.txt"
    for _ in $(seq "$FIRST_SAMPLES"); do
        start=$(date +%s%N)
        bench first >>"$dir/first.txt" || die "SessionBenchmark first failed"
        echo "SBENCH name=first_process wall_ms=$(( ($(date +%s%N) - start) / 1000000 ))" >>"$dir/first.txt"
    done
    log "$dir: CLI process, $FIRST_SAMPLES samples"
    : >"$dir/cli.txt"
    for _ in $(seq "$FIRST_SAMPLES"); do
        /usr/bin/time -f "SBENCH name=cli wall_s=%e max_rss_kib=%M" -a -o "$dir/cli.txt" \
            "$@" -c 'print("hi")' >/dev/null || die "CLI failed"
    done
    if [ "$lib" = "$OUT/classes" ]; then
        # the same CLI through scripts/micropython4j, which starts it with an AppCDS archive: one
        # start writes the archive, then FIRST_SAMPLES starts map it
        local cds=(env MICROPYTHON4J_CDS_DIR="$OUT/cds" MICROPYTHON4J_JAR="$OUT/micropython4j.jar" JAVA="$JAVA"
            "$ROOT/scripts/micropython4j")
        log "$dir: CLI through scripts/micropython4j (AppCDS), $FIRST_SAMPLES samples"
        rm -rf "$OUT/cds"
        "${cds[@]}" -c 'print("hi")' >/dev/null || die "scripts/micropython4j failed"
        : >"$dir/cli_cds.txt"
        for _ in $(seq "$FIRST_SAMPLES"); do
            /usr/bin/time -f "SBENCH name=cli_cds wall_s=%e max_rss_kib=%M" -a -o "$dir/cli_cds.txt" \
                "${cds[@]}" -c 'print("hi")' >/dev/null || die "scripts/micropython4j failed"
        done
    fi
    log "$dir: warm figures"
    bench warm $snapshot >"$dir/warm.txt" || die "SessionBenchmark warm failed"
    log "$dir: $IDLE_SESSIONS idle sessions"
    bench idle "$IDLE_SESSIONS" >"$dir/idle.txt" || die "SessionBenchmark idle failed"
    log "$dir: throughput of 1, 2 and 8 concurrent sessions"
    "$JAVA" -cp "$cp" io.github.micropython4j.bench.ConcurrencyBenchmark 1 2 8 >"$dir/concurrent.txt" ||
        die "ConcurrencyBenchmark failed"
}
# The benchmark class alone, so that it runs against either build's library classes.
rm -rf "$OUT/bench-only" && mkdir -p "$OUT/bench-only/io/github/micropython4j/bench"
cp "$BENCH_CLASSES"/SessionBenchmark*.class "$BENCH_CLASSES"/ConcurrencyBenchmark*.class "$OUT/bench-only/io/github/micropython4j/bench/"

measure "$OUT/this" "$OUT/classes" "$JAVA" -jar "$OUT/micropython4j.jar"
if [ -n "$BASELINE_CLASSES" ]; then
    [ -d "$BASELINE_CLASSES" ] || die "BASELINE_CLASSES is not a directory: $BASELINE_CLASSES"
    rm -rf "$OUT/baseline-classes" && cp -a "$BASELINE_CLASSES" "$OUT/baseline-classes"
    measure "$OUT/baseline" "$OUT/baseline-classes" "$JAVA" -cp "$OUT/baseline-classes:$DEPS" io.github.micropython4j.cli.Main
fi
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

median() { sort -g | awk '{v[NR]=$1} END {if (NR==0) print "n/a"; else if (NR%2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'; }
minimum() { sort -g | head -n 1; }
pick() { grep "name=$1 " "$2" 2>/dev/null | sed -n "s/.*\b$3=\([^ ]*\).*/\1/p"; }
# cell DIR FIGURE: one table cell for the build measured into DIR
cell() {
    local d=$1
    w() { pick "$1" "$d/warm.txt" "$2"; }
    i() { pick idle_sessions "$d/idle.txt" "$1"; }
    case $2 in
        first) echo "$(pick first_session "$d/first.txt" api_ms | median) ms ($(pick first_session "$d/first.txt" api_ms | minimum))" ;;
        first_jvm) echo "$(pick first_session "$d/first.txt" since_jvm_start_ms | median) ms / $(pick first_process "$d/first.txt" wall_ms | median) ms" ;;
        cli|cli_cds) local rss; rss=$(pick "$2" "$d/$2.txt" max_rss_kib | median)
            echo "$(pick "$2" "$d/$2.txt" wall_s | median) s ($(pick "$2" "$d/$2.txt" wall_s | minimum)), ${rss%.*} KiB" ;;
        host_call) echo "$(w host_call median_us) µs ($(w host_call min_us)); Python-call loop $(w host_call loop_with_python_call_us) µs" ;;
        heap) echo "$(i heap_per_session_kib) KiB" ;;
        rss) echo "$(i rss_total_mib) MiB ($(i rss_per_session_kib) KiB per session; $(i rss_before_mib) MiB before)" ;;
        threads) echo "$(i threads_before) / $(i threads_after)" ;;
        concurrent_*) local n=${2#concurrent_}
            local line; line=$(grep "name=concurrent threads=$n " "$d/concurrent.txt" 2>/dev/null)
            echo "$(echo "$line" | sed -n 's/.*runs_per_s=\([^ ]*\).*/\1/p') runs/s (one run $(echo "$line" | sed -n 's/.*run_ms_median=\([^ ]*\).*/\1/p') ms)" ;;
        snapshot_size) echo "$(w snapshot_size bytes) bytes ($(w snapshot_size memory_bytes) bytes of guest memory)" ;;
        snapshot_times) echo "$(w snapshot_take median_us) / $(w snapshot_to_bytes median_us) / $(w snapshot_from_bytes median_us) µs" ;;
        *) echo "$(w "$2" median_us) µs ($(w "$2" min_us))" ;;
    esac
}
# row LABEL FIGURE TARGET
row() {
    if [ -n "$BASELINE_CLASSES" ]; then
        local base
        case $2 in
            snapshot*|restore*|cli_cds) base="n/a" ;; # no snapshots before; the launcher is measured for this build only
            *) base=$(cell "$OUT/baseline" "$2") ;;
        esac
        echo "| $1 | $(cell "$OUT/this" "$2") | $base | $3 |"
    else
        echo "| $1 | $(cell "$OUT/this" "$2") | $3 |"
    fi
}

{
    echo "# Session benchmark results"
    echo
    echo "Written by \`bench/run-session-bench.sh\`; do not edit by hand."
    echo
    echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "- command: \`$COMMAND\`"
    echo "- machine: $(nproc) CPUs, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1), $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo) memory; shared with other work"
    echo "- load average before / after: $LOAD_BEFORE / $LOAD_AFTER (on $(nproc) CPUs: above $(nproc), times are inflated)"
    echo "- java: $("$JAVA" -version 2>&1 | head -n 1)"
    echo "- micropython.wasm sha256: $WASM_SHA256"
    echo
    echo "Medians (min in brackets) of the samples or batches described in the script's header."
    echo
    if [ -n "$BASELINE_CLASSES" ]; then
        echo "| figure | this build | $BASELINE_NAME (same run) | issue 15 target |"
        echo "|---|---|---|---|"
    else
        echo "| figure | measured | issue 15 target |"
        echo "|---|---|---|"
    fi
    row "first session + \`print(\"hi\")\` in a fresh JVM, from the first API call" first "≤ 300 ms"
    row "same, from JVM start / whole process wall clock" first_jvm ""
    row "CLI \`-c 'print(\"hi\")'\` process: wall, max RSS" cli "≤ 0.4 s"
    row "same CLI through \`scripts/micropython4j\` (AppCDS archive): wall, max RSS" cli_cds ""
    row "new session + first run" new_session_first_run "≤ 1 ms"
    row "\`run(\"x += 1\")\` round trip" run_x_plus_1 "≤ 50 µs"
    row "\`run(\"x += N\")\`, code not run before (N = 1, 2, ...)" run_new_code "(≤ 50 µs for x += 1)"
    row "host-function call round trip (beyond a Python call)" host_call "≤ 20 µs"
    row "idle session: heap (after GC)" heap "≤ 1 MiB"
    row "$IDLE_SESSIONS idle sessions: process RSS" rss "≤ 1.5 GB for 1,000"
    row "$IDLE_SESSIONS idle sessions: live threads before / after" threads "no thread per idle session"
    row "snapshot size" snapshot_size ""
    row "snapshot: take / toBytes / fromBytes" snapshot_times ""
    row "restore a snapshot + first run" restore_first_run ""
    row "throughput, 1 session on its own thread" concurrent_1 ""
    row "throughput, 2 sessions on 2 threads" concurrent_2 ""
    row "throughput, 8 sessions on 8 threads" concurrent_8 ""
    echo
    echo "Throughput: each thread owns a session and runs a loop of 20,000 iterations (about 1.2M fuel)"
    echo "20 times after 5 untimed runs, all threads starting together (ConcurrencyBenchmark); on this"
    echo "machine's $(nproc) CPUs it should grow up to $(nproc) threads and stay flat beyond."
    echo
    echo "Snapshot figures are for a session holding a dict of 2,000 lists, with \`json\` and \`re\`"
    echo "imported. The host-call figure is a loop of 2,000 \`echo(i)\` calls less the same loop calling"
    echo "a Python function, after 50 of each to warm the JIT, run in turns (15 pairs; the median of the"
    echo "per-pair differences), so both see the same load; the Python loop's per-iteration cost is"
    echo "given too."
    echo
    echo "Where a first session's time goes (a measured profile, and what remains of the start-up"
    echo "targets and why): [startup.md](startup.md)."
    echo
    echo "Raw lines:"
    echo
    echo '```'
    for d in "$OUT/this" ${BASELINE_CLASSES:+"$OUT/baseline"}; do
        echo "# $(basename "$d")"
        cat "$d/first.txt" "$d/cli.txt" $([ -f "$d/cli_cds.txt" ] && echo "$d/cli_cds.txt") "$d/warm.txt" "$d/idle.txt" \
            $([ -f "$d/concurrent.txt" ] && echo "$d/concurrent.txt")
    done
    echo '```'
} >"$RESULTS"
log "wrote $RESULTS"

#!/usr/bin/env bash
# MicroPython's tests/perf_bench (12 programs, N=M=1000) in the sandbox against native
# MicroPython built from the same 1.25.0 source, written to bench/perf-results.md.
# A measurement: exits 0 even when a target is missed, non-zero when something could not be
# built or run, or when a program printed another result in the sandbox than natively.
#
#   bench/perf-bench.sh                       # all 12 programs
#   bench/perf-bench.sh bm_fft bm_pidigits    # some of them
#
# Each program is built as MicroPython's tests/run-perfbench.py builds it (the benchmark,
# benchrun.py, then bm_run(1000, 1000)) and times its own run() with time.ticks_us; that
# time is compared, not process start-up or compilation. PerfBenchmark (src/test/java/.../
# bench) runs it in one fresh session per program: $WARMUP untimed runs, then $ROUNDS rounds
# of one native run, one sandbox run and (with CPYTHON set) one CPython run in rotating order.
# The machine is shared: the per-round ratio sandbox/native of neighbouring runs is steadier
# than a ratio of separately taken medians, so the ratio reported is the median of those.
#
# Inputs (environment):
#   MICROPYTHON_SRC     MicroPython 1.25.0 source tree (tests/perf_bench; the native build).
#                       Default: target/micropython-build/upstream, else /work/mp-src.
#   NATIVE_MICROPYTHON  native binary. Default: target/bench/native/micropython, built on first
#                       use with bench/build-native.sh.
#   CPYTHON             a CPython to time for reference (e.g. python3; default: none)
#   JAVA                java launcher (default: java on PATH)
#   WARMUP, ROUNDS      default 2 and 5
#   RESULTS             output file (default bench/perf-results.md)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
COMMAND="$0${*:+ $*}"
for var in WARMUP ROUNDS CPYTHON JAVA NATIVE_MICROPYTHON; do
    if [ -n "${!var:-}" ]; then COMMAND="$var=${!var} $COMMAND"; fi
done
OUT=$ROOT/target/bench/perf
RESULTS=${RESULTS:-$ROOT/bench/perf-results.md}
JAVA=${JAVA:-java}
WARMUP=${WARMUP:-2}
ROUNDS=${ROUNDS:-5}
PROGRAMS=(bm_chaos bm_fannkuch bm_fft bm_float bm_hexiom bm_nqueens bm_pidigits bm_wordcount
    misc_aes misc_mandel misc_pystone misc_raytrace)
[ $# -gt 0 ] && PROGRAMS=("$@")

log() { printf '[perf-bench] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

if [ -n "${MICROPYTHON_SRC:-}" ]; then SRC=$MICROPYTHON_SRC
elif [ -f "$ROOT/target/micropython-build/upstream/py/mpconfig.h" ]; then SRC=$ROOT/target/micropython-build/upstream
else SRC=/work/mp-src; fi
PERF_DIR=$SRC/tests/perf_bench
[ -f "$PERF_DIR/benchrun.py" ] || die "no $PERF_DIR/benchrun.py: set MICROPYTHON_SRC to a MicroPython 1.25.0 tree"

mkdir -p "$OUT/programs"
if [ -n "${NATIVE_MICROPYTHON:-}" ]; then NATIVE=$NATIVE_MICROPYTHON; else
    NATIVE=$ROOT/target/bench/native/micropython
    if [ ! -x "$NATIVE" ]; then
        log "building native MicroPython from $SRC"
        MICROPYTHON_SRC=$SRC sh "$ROOT/bench/build-native.sh" "$(dirname "$NATIVE")" >"$OUT/native-build.log" 2>&1 ||
            { tail -n 30 "$OUT/native-build.log" >&2; die "native build failed (log: $OUT/native-build.log)"; }
    fi
fi
[ -x "$NATIVE" ] || die "not an executable: $NATIVE"

# The programs as run-perfbench.py builds them.
FILES=()
for p in "${PROGRAMS[@]}"; do
    [ -f "$PERF_DIR/$p.py" ] || die "no such program: $PERF_DIR/$p.py"
    cat "$PERF_DIR/$p.py" "$PERF_DIR/benchrun.py" >"$OUT/programs/$p.py"
    echo "bm_run(1000, 1000)" >>"$OUT/programs/$p.py"
    FILES+=("$OUT/programs/$p.py")
done

log "compiling the project (mvn test-compile)"
(cd "$ROOT" && mvn -q -B -o test-compile && mvn -q -B -o dependency:build-classpath -Dmdep.outputFile="$OUT/deps.classpath") \
    >"$OUT/mvn.log" 2>&1 || { tail -n 30 "$OUT/mvn.log" >&2; die "mvn failed (log: $OUT/mvn.log)"; }
# Run from a copy, so that a build started meanwhile cannot pull the classes away.
rm -rf "$OUT/classes" "$OUT/test-classes"
cp -a "$ROOT/target/classes" "$OUT/classes"
cp -a "$ROOT/target/test-classes" "$OUT/test-classes"
CP=$OUT/classes:$OUT/test-classes:$(cat "$OUT/deps.classpath")

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
log "running ${#FILES[@]} programs, $WARMUP warm-up runs and $ROUNDS rounds each (load average $LOAD_BEFORE)"
ARGS=(--warmup "$WARMUP" --rounds "$ROUNDS" --native "$NATIVE")
[ -n "${CPYTHON:-}" ] && ARGS+=(--cpython "$CPYTHON")
status=0
"$JAVA" -cp "$CP" io.github.micropython4j.bench.PerfBenchmark "${ARGS[@]}" "${FILES[@]}" >"$OUT/perf.log" || status=$?
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
grep -E '^PERF' "$OUT/perf.log" >&2 || true

python3 - "$OUT/perf.log" "$RESULTS" <<EOF
import math, re, sys
log, results = sys.argv[1], sys.argv[2]
rows, fails = [], []
for line in open(log):
    kv = dict(re.findall(r'(\w+)=(\S+)', line))
    if line.startswith('PERFSUM'):
        rows.append(kv)
    elif line.startswith('PERF_FAIL'):
        fails.append(line.strip())
ratios = [float(r['ratio']) for r in rows]
geomean = math.exp(sum(map(math.log, ratios)) / len(ratios)) if ratios else float('nan')
out = []
out.append('# tests/perf_bench: the sandbox against native MicroPython\n')
out.append('Written by \`bench/perf-bench.sh\`; do not edit by hand.\n')
out.append('- command: \`$COMMAND\`')
out.append('- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), '
           '$(free -g | awk '/^Mem:/ {print $2}') GiB, $(uname -sr)')
out.append('- JVM: $("$JAVA" -version 2>&1 | head -n1 | tr -d '"')')
out.append('- native: \`$NATIVE\` ($("$NATIVE" -c 'import sys; print(sys.implementation.name, "%d.%d.%d" % sys.implementation.version[:3], sys.platform)'))')
out.append('- sandbox: micropython.wasm sha256 $(cut -c1-16 "$ROOT/src/main/resources/micropython.wasm.sha256")...')
out.append('- date: $(date -u +'%Y-%m-%d %H:%M UTC'); load average before $LOAD_BEFORE, after $LOAD_AFTER')
out.append('- $WARMUP warm-up runs, $ROUNDS rounds per program; times are medians of the program\'s own '
           'time of run(), ratio the median of the per-round ratios sandbox/native\n')
cp = any(r.get('cpython_us', 'n/a') != 'n/a' for r in rows)
out.append('| program | native ms | sandbox ms | ratio | min-max |' + (' CPython ms |' if cp else ''))
out.append('|---|---:|---:|---:|---|' + ('---:|' if cp else ''))
for r in rows:
    line = '| %s | %.1f | %.1f | %.2fx | %.2f-%.2f |' % (r['name'], int(r['native_us']) / 1e3,
        int(r['sandbox_us']) / 1e3, float(r['ratio']), float(r['ratio_min']), float(r['ratio_max']))
    if cp:
        line += ' %s |' % ('%.1f' % (int(r['cpython_us']) / 1e3) if r['cpython_us'] != 'n/a' else 'n/a')
    out.append(line)
out.append('\n**geomean %.2fx**, highest %s (target: geomean <= 5x, none over 8x)' % (geomean,
    max(rows, key=lambda r: float(r['ratio']))['name'] + ' %.2fx' % max(ratios) if rows else 'n/a'))
if fails:
    out.append('\nFailures:\n')
    out.extend('- \`%s\`' % f for f in fails)
open(results, 'w').write('\n'.join(out) + '\n')
print('geomean %.2fx' % geomean)
EOF
log "wrote $RESULTS"
exit $status

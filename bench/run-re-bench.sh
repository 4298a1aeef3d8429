#!/usr/bin/env bash
# The `re` benchmarks (bench/re/*.py), written to bench/re-results.md: the sandbox's `re`
# (this tree's binary) against MicroPython's own `re` (re1.5) in the sandbox (the binary at
# $BASELINE_REF), against native MicroPython's `re` and against CPython. A measurement: exits
# 0 even when the numbers are bad, non-zero only when something could not be built or run.
#
#   bench/run-re-bench.sh
#
# What it measures, per script (each prints one final result line, the same on every engine):
#   cpython     python3, wall clock of the whole process, best of $RUNS (start-up included;
#               reported separately)
#   native      ports/unix MicroPython 1.25 with its own re, likewise
#   sandbox     GuestBenchmark: one fresh session per script, $WARMUP warm-up runs, then $RUNS
#               timed session.run(script) calls; with this tree's binary, and with the
#               baseline's (the scripts that MicroPython's old re can run)
# and the size of both binaries and the time `import re` takes in a session.
#
# Inputs (environment):
#   BASELINE_REF        the commit whose binary has MicroPython's old re (default: the merge
#                       base of HEAD and main)
#   NATIVE_MICROPYTHON  native binary (default: target/bench/native/micropython, built with
#                       bench/build-native.sh from MICROPYTHON_SRC on first use)
#   JAVA, WARMUP, RUNS  java launcher, warm-up and timed runs (default java, 2, 5)
#   RESULTS             output file (default bench/re-results.md)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
COMMAND="$0${*:+ $*}"
for var in RUNS WARMUP JAVA BASELINE_REF NATIVE_MICROPYTHON; do
    if [ -n "${!var:-}" ]; then COMMAND="$var=${!var} $COMMAND"; fi
done
OUT=$ROOT/target/bench/re
RESULTS=${RESULTS:-$ROOT/bench/re-results.md}
JAVA=${JAVA:-java}
WARMUP=${WARMUP:-2}
RUNS=${RUNS:-5}
BASELINE_REF=${BASELINE_REF:-$(git -C "$ROOT" merge-base HEAD main)}
MAIN=io.github.micropython4j.bench.GuestBenchmark
# Scripts every engine runs (only API that MicroPython's old re has), and the new-re-only ones.
PORTABLE=(tokenize validate substitute compile)
NEW_ONLY=(tokenize_finditer import_re)

log() { printf '[run-re-bench] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }
mkdir -p "$OUT"
DATA=$OUT/data
: >"$DATA"
put() { printf '%s %s\n' "$1" "$2" >>"$DATA"; }
put load_before "$(cut -d' ' -f1-3 /proc/loadavg)"

# --- engines ---------------------------------------------------------------------------------
NATIVE=${NATIVE_MICROPYTHON:-$ROOT/target/bench/native/micropython}
if [ ! -x "$NATIVE" ]; then
    [ -n "${MICROPYTHON_SRC:-}" ] || die "no native MicroPython: set NATIVE_MICROPYTHON, or MICROPYTHON_SRC to build one"
    log "building native MicroPython"
    sh "$ROOT/bench/build-native.sh" "$(dirname "$NATIVE")" >"$OUT/native-build.log" 2>&1 || die "native build failed"
fi

classpath() { # project dir -> class path of its compiled main and test classes
    (cd "$1" && mvn -q -B -o test-compile && mvn -q -B -o dependency:build-classpath -Dmdep.outputFile="$OUT/deps.cp") \
        >>"$OUT/mvn.log" 2>&1 || die "mvn failed in $1 (log: $OUT/mvn.log)"
    echo "$1/target/classes:$1/target/test-classes:$(cat "$OUT/deps.cp")"
}
log "compiling this tree"
CP_NEW=$(classpath "$ROOT")
log "compiling the baseline $BASELINE_REF (its binary has MicroPython's own re)"
BASE=$OUT/baseline
rm -rf "$BASE"
mkdir -p "$BASE"
git -C "$ROOT" archive "$BASELINE_REF" | tar -x -C "$BASE"
CP_OLD=$(classpath "$BASE")
put size_new "$(stat -c %s "$ROOT/src/main/resources/micropython.wasm")"
put size_old "$(stat -c %s "$BASE/src/main/resources/micropython.wasm")"

# --- timings ---------------------------------------------------------------------------------
best_of() { # command... -> "min median" ms of the whole process
    local times=() i start end
    "$@" >/dev/null
    for ((i = 0; i < RUNS; i++)); do
        start=$(date +%s%N); "$@" >/dev/null; end=$(date +%s%N)
        times+=("$(( (end - start) / 1000 ))")
    done
    python3 -c 'import statistics, sys; t = [int(x) / 1000 for x in sys.argv[1:]]; print("%.1f %.1f" % (min(t), statistics.median(t)))' "${times[@]}"
}
sandbox() { # label classpath script... -> BENCH lines into the data
    local label=$1 cp=$2
    shift 2
    "$JAVA" -cp "$cp" "$MAIN" --label "$label" --warmup "$WARMUP" --runs "$RUNS" "$@" >"$OUT/$label.out" 2>&1 ||
        { cat "$OUT/$label.out" >&2; die "GuestBenchmark ($label) failed"; }
    grep '^BENCH ' "$OUT/$label.out" | while read -r _ fields; do
        local name min median
        name=$(sed -n 's/.*name=\([^ ]*\).*/\1/p' <<<"$fields")
        min=$(sed -n 's/.*min_ms=\([^ ]*\).*/\1/p' <<<"$fields")
        median=$(sed -n 's/.*median_ms=\([^ ]*\).*/\1/p' <<<"$fields")
        put "$label.$name" "$min $median"
        put "$label.$name.result" "$(sed -n 's/.*result=\(.*\)$/\1/p' <<<"$fields")"
    done
}

# the interpreter itself, not a wrapper script that finds it (pyenv's shims take 0.5 s)
PYTHON=$(python3 -c 'import sys; print(sys.executable)')
put startup_cpython "$(best_of "$PYTHON" -c pass)"
put startup_native "$(best_of "$NATIVE" -c pass)"
for name in "${PORTABLE[@]}" "${NEW_ONLY[@]}"; do
    script=$ROOT/bench/re/$name.py
    log "$name: cpython"
    put "cpython.$name" "$(best_of "$PYTHON" "$script")"
    if [[ " ${PORTABLE[*]} " == *" $name "* ]]; then
        log "$name: native"
        put "native.$name" "$(best_of "$NATIVE" "$script")"
    fi
done
paths() { for n in "$@"; do printf '%s\n' "$ROOT/bench/re/$n.py"; done; }
log "sandbox, this binary"
mapfile -t scripts < <(paths "${PORTABLE[@]}" "${NEW_ONLY[@]}")
sandbox new "$CP_NEW" "${scripts[@]}"
log "sandbox, the baseline binary"
mapfile -t scripts < <(paths "${PORTABLE[@]}")
sandbox old "$CP_OLD" "${scripts[@]}"
log "first session in a new JVM"
put first_session_new "$(best_of "$JAVA" -cp "$CP_NEW" io.github.micropython4j.cli.Main -c pass)"
put first_session_old "$(best_of "$JAVA" -cp "$CP_OLD" io.github.micropython4j.cli.Main -c pass)"
put load_after "$(cut -d' ' -f1-3 /proc/loadavg)"

# --- report ----------------------------------------------------------------------------------
python3 - "$DATA" "$RESULTS" "$COMMAND" "$BASELINE_REF" "$JAVA" "$WARMUP" "$RUNS" <<'EOF'
import datetime, os, platform, subprocess, sys
data_file, results, command, baseline, java, warmup, runs = sys.argv[1:]
data = {}
for line in open(data_file):
    key, _, value = line.rstrip("\n").partition(" ")
    data[key] = value
def ms(key):
    value = data.get(key)
    return None if value is None else [float(x) for x in value.split()]
def cell(key):
    t = ms(key)
    return "-" if t is None else "%.0f (%.0f)" % (t[0], t[1])
def ratio(a, b):
    x, y = ms(a), ms(b)
    return "-" if x is None or y is None else "%.2fx" % (x[0] / y[0])
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
mem = next((int(l.split()[1]) for l in open("/proc/meminfo") if l.startswith("MemTotal")), 0) / 2**20
jv = subprocess.run([java, "-version"], capture_output=True, text=True).stderr.splitlines()[0]
scripts = ["tokenize", "validate", "substitute", "compile", "tokenize_finditer"]
what = {
    "tokenize": "tokenise ~10 KB of code line by line (match + group, 5 times)",
    "validate": "validate 1,000 e-mails and 1,000 dates with compiled patterns (5 times)",
    "substitute": "`re.sub` over ~100 KB: `\\s+` and a two-group template (3 times)",
    "compile": "compile 200 different patterns (cache misses) and match each once",
    "tokenize_finditer": "the docs' tokenizer: named groups, `finditer`, `lastgroup` (~10 KB, 5 times; new re only)",
}
out = ["# `re` benchmark results", "",
       "Written by `bench/run-re-bench.sh`; do not edit by hand.", "",
       "- date: %s UTC" % datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M"),
       "- command: `%s`" % command,
       "- machine: %d CPUs (`nproc`), %s, %.1f GiB memory; load average before / after: %s / %s"
       % (os.cpu_count(), cpu, mem, data["load_before"], data["load_after"]),
       "- java: %s" % jv,
       "- engines: **sandbox** = this tree's micropython.wasm (`re` = modules/lib/re.py on the `_re` matcher); "
       "**sandbox, old re** = the binary at %s (MicroPython's own re1.5 `re`); **native** = ports/unix "
       "MicroPython 1.25 with its own `re`; **CPython** = %s" % (baseline[:12], platform.python_version()),
       "- micropython.wasm: %s bytes (old re: %s bytes, %+d)" % (format(int(data["size_new"]), ","),
            format(int(data["size_old"]), ","), int(data["size_new"]) - int(data["size_old"])),
       "- process start-up alone: CPython %s ms, native MicroPython %s ms (included in their times)"
       % (cell("startup_cpython"), cell("startup_native")),
       "- a new JVM's first session (`java -cp ... cli.Main -c pass`, whole process): %s ms with this binary, "
       "%s ms with the old one" % (cell("first_session_new"), cell("first_session_old")),
       "",
       "Wall-clock milliseconds, **min (median)**: CPython and native, best of %s runs of the whole process "
       "(after 1 warm-up); sandbox, one fresh session per script, %s warm-up runs, then %s timed `session.run(script)` "
       "calls. Ratios use the minima." % (runs, warmup, runs), "",
       "| benchmark | what | CPython | native MicroPython (old re) | sandbox, old re | sandbox | sandbox / old re | sandbox / native | sandbox / CPython |",
       "|---|---|---|---|---|---|---|---|---|"]
for s in scripts:
    out.append("| %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
        s, what[s], cell("cpython." + s), cell("native." + s), cell("old." + s), cell("new." + s),
        ratio("new." + s, "old." + s), ratio("new." + s, "native." + s), ratio("new." + s, "cpython." + s)))
imp = data.get("new.import_re.result", "?_?").split("_")
comp = ms("new.compile")
out += ["", "- `import re` (its module body, from frozen bytecode; the script's own measure, last run): first "
        "import %s µs, then %s µs on average once the JVM has compiled the import's code" % (imp[0], imp[-1]),
        "- compile cost in the sandbox: about %.1f ms per pattern (`compile`: 200 patterns, each also matched once)"
        % (comp[0] / 200 if comp else float("nan")),
        "- results agree: " + ", ".join("%s %s" % (s, "yes" if len({data.get(k + "." + s + ".result") for k in ("new", "old") if data.get(k + "." + s + ".result")}) <= 1 else "NO") for s in scripts[:4])]
open(results, "w").write("\n".join(out) + "\n")
print("\n".join(out))
EOF

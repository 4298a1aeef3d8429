#!/usr/bin/env bash
# What the dict, sort and compiler patches (0020-0031) change, measured: a base build (the
# patches and binary of BASE_REV, default where this branch left main) against this tree,
# natively and in the sandbox.
# Writes bench/core-data-results.md (a measurement: exits 0 even when a target is missed).
#
#   MICROPYTHON_SRC=/path/to/micropython-1.25.0 bench/run-core-data-bench.sh
#
# 1. Paired scripts (bench/data/dict_*.py, attr_ops.py and bench/{fib,loop,gc_heavy}.py), the
#    same work on both builds:
#    native   ports/unix built by bench/build-native.sh PATCHED=1 from each build's patches,
#             wall clock of the whole process, best of $RUNS, base then test in turns
#    sandbox  PairedBenchmark: both builds' classes in one JVM, taking turns, $PAIRS pairs
#             after $WARMUP warm-up runs; the ratio is the median of the per-pair ratios
# 2. Targets (bench/data/sort_*.py, dict_150k.py, compile_*.py): each prints the time of the
#    operation itself (sorting, building the dict, compile()); the test build natively (best
#    of 3) and in the sandbox (GuestBenchmark, 64 MiB), and the base natively with a timeout
#    of $BASE_TIMEOUT seconds (the old sort is quadratic on these inputs).
#
# Environment: MICROPYTHON_SRC (required), BASE_REV, RUNS (5), PAIRS (5), WARMUP (2),
# BASE_TIMEOUT (120), JAVA (java), RESULTS (bench/core-data-results.md).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
: "${MICROPYTHON_SRC:?set MICROPYTHON_SRC to the MicroPython 1.25.0 source tree}"
BASE_REV=${BASE_REV:-$(git -C "$ROOT" merge-base main HEAD)}
RUNS=${RUNS:-5}
PAIRS=${PAIRS:-5}
WARMUP=${WARMUP:-2}
BASE_TIMEOUT=${BASE_TIMEOUT:-120}
JAVA=${JAVA:-java}
RESULTS=${RESULTS:-$ROOT/bench/core-data-results.md}
OUT=$ROOT/target/bench-core-data
COMMAND="$0"
for var in BASE_REV RUNS PAIRS WARMUP BASE_TIMEOUT; do
    if [ -n "${!var:-}" ]; then COMMAND="$var=${!var} $COMMAND"; fi
done
PAIRED=("$ROOT"/bench/data/dict_{insert,lookup,iterate,delete}.py "$ROOT/bench/data/attr_ops.py"
    "$ROOT"/bench/{fib,loop,gc_heavy}.py)
TARGETS=("$ROOT"/bench/data/sort_{presorted,reversed,fewdistinct}.py "$ROOT/bench/data/dict_150k.py"
    "$ROOT"/bench/data/compile_{64k,256k,1024k}.py "$ROOT"/bench/data/compile_names_{64k,256k}.py)

log() { printf '[core-data-bench] %s\n' "$*" >&2; }
mkdir -p "$OUT"
DATA=$OUT/data
: >"$DATA"
put() { printf '%s\t%s\n' "$1" "$2" >>"$DATA"; }
put load_before "$(cut -d' ' -f1-3 /proc/loadavg)"

# --- builds -------------------------------------------------------------------------------
rm -rf "$OUT/base-patches" && mkdir -p "$OUT/base-patches"
git -C "$ROOT" archive "$BASE_REV" micropython-wasm-build/patches | tar -x -C "$OUT/base-patches"
for label in base test; do
    if [ ! -x "$OUT/native-$label/micropython" ]; then
        log "building native MicroPython ($label)"
        dir=$ROOT/micropython-wasm-build/patches
        [ "$label" = base ] && dir=$OUT/base-patches/micropython-wasm-build/patches
        PATCHED=1 PATCHES_DIR=$dir MICROPYTHON_SRC=$MICROPYTHON_SRC sh "$ROOT/bench/build-native.sh" \
            "$OUT/native-$label" >"$OUT/native-$label.log" 2>&1 || { tail -n 20 "$OUT/native-$label.log" >&2; exit 1; }
    fi
done
log "compiling the project against both binaries"
(cd "$ROOT" && mvn -q -B test-compile && mvn -q -B dependency:build-classpath -Dmdep.outputFile="$OUT/deps.classpath") \
    >"$OUT/mvn.log" 2>&1 || { tail -n 20 "$OUT/mvn.log" >&2; exit 1; }
DEPS=$(cat "$OUT/deps.classpath")
rm -rf "$OUT/test" "$OUT/base-project" && mkdir -p "$OUT/test" "$OUT/base-project"
cp -a "$ROOT/target/classes" "$ROOT/target/test-classes" "$OUT/test/"
# The base's own sources with its binary: this tree's Java may need exports an older binary lacks
# (ChicoryEngine reads __stack_pointer since the snapshot merge).
git -C "$ROOT" archive "$BASE_REV" pom.xml src | tar -x -C "$OUT/base-project"
(cd "$OUT/base-project" && mvn -q -B -o test-compile) >"$OUT/mvn-base.log" 2>&1 || { tail -n 20 "$OUT/mvn-base.log" >&2; exit 1; }
BASE_CP=$OUT/base-project/target/classes:$OUT/base-project/target/test-classes:$DEPS
TEST_CP=$OUT/test/classes:$OUT/test/test-classes:$DEPS
put base_wasm_size "$(stat -c %s "$OUT/base-project/src/main/resources/micropython.wasm")"
put test_wasm_size "$(stat -c %s "$ROOT/src/main/resources/micropython.wasm")"

# --- 1. paired scripts ----------------------------------------------------------------------
wall_ms() { # wall-clock ms of one run of "$@" (stdout discarded)
    local t0 t1
    t0=$(date +%s%N); "$@" >/dev/null; t1=$(date +%s%N)
    echo $(( (t1 - t0) / 1000000 ))
}
for s in "${PAIRED[@]}"; do
    name=$(basename "$s" .py)
    log "native: $name"
    best_base=999999999 best_test=999999999
    for ((i = 0; i < RUNS; i++)); do
        t=$(wall_ms "$OUT/native-base/micropython" -X heapsize=256M "$s"); ((t < best_base)) && best_base=$t
        t=$(wall_ms "$OUT/native-test/micropython" -X heapsize=256M "$s"); ((t < best_test)) && best_test=$t
    done
    put "native_base_$name" "$best_base"
    put "native_test_$name" "$best_test"
done
log "sandbox: paired runs"
"$JAVA" -cp "$OUT/test/test-classes" io.github.micropython4j.bench.PairedBenchmark \
    --base "base=$BASE_CP" --test "test=$TEST_CP" --warmup "$WARMUP" --pairs "$PAIRS" "${PAIRED[@]}" \
    >"$OUT/paired.out" 2>"$OUT/paired.err" || log "the paired run failed (see $OUT/paired.err)"
grep '^PAIR ' "$OUT/paired.out" | sed 's/ ratios=[^ ]*//' >&2 || true

# --- 2. targets ------------------------------------------------------------------------------
for s in "${TARGETS[@]}"; do
    name=$(basename "$s" .py)
    log "native: $name"
    best=""
    for ((i = 0; i < 3; i++)); do
        line=$("$OUT/native-test/micropython" -X heapsize=256M "$s")
        ms=$(sed -n 's/.* in \([0-9]*\) ms.*/\1/p' <<<"$line")
        if [ -z "$best" ] || ((ms < best)); then best=$ms; fi
    done
    put "native_test_$name" "$best"
    put "line_$name" "$line"
    rc=0
    line=$(timeout "$BASE_TIMEOUT" "$OUT/native-base/micropython" -X heapsize=256M "$s" 2>"$OUT/base-$name.err") || rc=$?
    ms=$(sed -n 's/.* in \([0-9]*\) ms.*/\1/p' <<<"$line")
    if [ "$rc" = 124 ]; then ms="over ${BASE_TIMEOUT} s"
    elif [ -z "$ms" ]; then ms="failed: $(tail -n 1 "$OUT/base-$name.err")"; fi
    put "native_base_$name" "$ms"
done
log "sandbox: targets"
"$JAVA" -cp "$TEST_CP" io.github.micropython4j.bench.GuestBenchmark --label test --warmup 1 --runs 3 \
    --memory-mib 64 "${TARGETS[@]}" >"$OUT/targets.out" 2>"$OUT/targets.err" || log "a sandbox target run failed (see $OUT/targets.err)"
grep '^BENCH' "$OUT/targets.out" >&2 || true
put load_after "$(cut -d' ' -f1-3 /proc/loadavg)"
put java_version "$("$JAVA" -version 2>&1 | head -n 1)"

# --- 3. report --------------------------------------------------------------------------------
python3 - "$DATA" "$OUT/paired.out" "$OUT/targets.out" "$RESULTS" "$COMMAND" "$BASE_REV" "$RUNS" "$PAIRS" "$WARMUP" <<'EOF'
import datetime, os, re, statistics, sys
data_path, paired_path, targets_path, results, command, base_rev, runs, pairs, warmup = sys.argv[1:]
d = dict(l.rstrip("\n").split("\t", 1) for l in open(data_path) if "\t" in l)
pairs_by = {}
for line in open(paired_path):
    if line.startswith("PAIR "):
        f = dict(kv.split("=", 1) for kv in line.split()[1:] if "=" in kv)
        pairs_by[f["name"]] = f
bench = {}
for line in open(targets_path):
    if line.startswith("BENCH "):
        f = dict(kv.split("=", 1) for kv in line.split()[1:] if "=" in kv)
        bench[f["name"]] = f
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
mem = next((l.split()[1] for l in open("/proc/meminfo") if l.startswith("MemTotal")), "0")
now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")

def ratio(a, b):
    try:
        return f"{float(b) / float(a):.2f}x"
    except (ValueError, ZeroDivisionError):
        return "n/a"

rows = []
for name in ["dict_insert", "dict_lookup", "dict_iterate", "dict_delete", "attr_ops", "fib", "loop", "gc_heavy"]:
    nb, nt = d.get(f"native_base_{name}", "n/a"), d.get(f"native_test_{name}", "n/a")
    p = pairs_by.get(name, {})
    same = "yes" if p.get("base_result", "").split(":")[0] == p.get("test_result", "").split(":")[0] else "NO"
    fb, ft = (p.get(k, ":").split(":")[-1] for k in ("base_result", "test_result"))
    rows.append(f"| {name} | {nb} | {nt} | {ratio(nb, nt)} | {p.get('base_min_ms', 'n/a')} | {p.get('test_min_ms', 'n/a')} "
                f"| {p.get('ratio_median', 'n/a')} | {fb} | {ft} | {same} |")

def result_ms(f):
    m = re.search(r"in_(\d+)_ms", f.get("result", "")) if f else None
    return m.group(1) if m else "n/a"

targets = []
for name in ["sort_presorted", "sort_reversed", "sort_fewdistinct", "dict_150k", "compile_64k", "compile_256k",
             "compile_1024k", "compile_names_64k", "compile_names_256k"]:
    f = bench.get(name)
    targets.append(f"| {name} | {d.get(f'native_base_{name}', 'n/a')} | {d.get(f'native_test_{name}', 'n/a')} "
                   f"| {result_ms(f)} | {f.get('min_ms', 'n/a') if f else 'n/a'} | {d.get(f'line_{name}', '')} |")

checks = []
for name in ["sort_presorted", "sort_reversed", "sort_fewdistinct", "dict_150k"]:
    v = d.get(f"native_test_{name}", "")
    ok = v.isdigit() and int(v) < 1000
    checks.append(f"{'PASS' if ok else 'FAIL'}: {name} natively in {v} ms (target < 1000 ms)")
for family in ["compile", "compile_names"]:
    sizes = ["64k", "256k", "1024k"] if family == "compile" else ["64k", "256k"]
    for where, get in (("natively", lambda n: d.get(f"native_test_{n}", "")), ("in the sandbox", lambda n: result_ms(bench.get(n)))):
        t = [get(f"{family}_{s}") for s in sizes]
        if all(x.isdigit() for x in t) and int(t[0]) > 0:
            growth = [int(b) / max(int(a), 1) for a, b in zip(t, t[1:])]
            ok = all(g < 6 for g in growth)  # 4x the size: linear gives 4x, quadratic 16x
            checks.append(f"{'PASS' if ok else 'FAIL'}: {family} {where}: {' -> '.join(t)} ms for "
                          f"{' -> '.join(sizes)}, x{' x'.join(f'{g:.1f}' for g in growth)} per 4x the size (linear: ~4, target < 6)")
for name in ["fib", "loop", "gc_heavy"]:
    r = pairs_by.get(name, {}).get("ratio_median")
    if r:
        checks.append(f"{'PASS' if float(r) <= 1.05 else 'FAIL'}: {name} in the sandbox, test/base = {float(r):.3f} (target <= 1.05: no slower within noise)")

md = f"""# Dicts, sorting and compiling: base against this tree

Written by `bench/run-core-data-bench.sh`; do not edit by hand.

- date: {now}
- command: `MICROPYTHON_SRC=... {command}`
- base: the patches and `micropython.wasm` of `{base_rev}` ({int(d.get('base_wasm_size', 0)):,} bytes); test: this tree ({int(d.get('test_wasm_size', 0)):,} bytes)
- machine: {os.cpu_count()} CPUs, {cpu}, {int(mem) / 1024 / 1024:.1f} GiB; load average before / after: {d.get('load_before')} / {d.get('load_after')}
- java: {d.get('java_version')}
- native: ports/unix built by `bench/build-native.sh PATCHED=1` from each build's patches (`-X heapsize=256M`)

## Same work on both builds

Native: wall-clock ms of the whole process, best of {runs}, the builds taking turns. Sandbox:
`PairedBenchmark`, both builds' classes in one JVM, {warmup} warm-up runs each, then {pairs} pairs of
runs taking turns; min ms of each, and the median of the per-pair ratios test/base (below 1:
the test build is faster). Fuel is what one run used; "same output" compares what the
scripts printed.

| script | native base | native test | test/base | sandbox base | sandbox test | sandbox test/base (median of pairs) | fuel base | fuel test | same output |
|---|---|---|---|---|---|---|---|---|---|
""" + "\n".join(rows) + f"""

## Targets

Each script prints the time of the operation itself. Native: best of 3 (test), one run with a
timeout of the base. Sandbox: `GuestBenchmark` (64 MiB), the time the script printed on its
last run and the min ms of the whole run (including building the input).

| script | native base ms | native test ms | sandbox test ms (printed) | sandbox test whole run ms | output (native test) |
|---|---|---|---|---|---|
""" + "\n".join(targets) + """

```
""" + "\n".join(checks) + "\n```\n"
open(results, "w").write(md)
print("\n".join(checks))
print(f"results written to {results}")
EOF

#!/usr/bin/env bash
# One benchmark command: native MicroPython vs. the micropython4j sandbox, written to
# bench/results.md (a measurement: exits 0 even when a target is missed, non-zero only when
# something could not be built or run).
#
#   bench/run-bench.sh                    # bench/fib.py, bench/loop.py, bench/gc_heavy.py
#   bench/run-bench.sh bench/fib.py ...   # other scripts (each prints one final result line)
#
# What it measures, per script:
#   native      ports/unix MicroPython 1.25 (gcc), wall clock of the whole process, best of
#               $RUNS (hyperfine if installed; process start-up is reported separately)
#   sandbox     GuestBenchmark (src/test/java/.../bench): one fresh session per script,
#               $WARMUP warm-up runs, then $RUNS timed runs of session.run(script)
#               - with the JVM's default flags
#               - with -XX:-DontCompileHugeMethods (HotSpot then also JIT-compiles methods over
#                 8000 bytecode bytes: the sandbox must not depend on that)
#   metering    the cost of the fuel meter: classes compiled from a wasm built without it
#               (METER=0) and the metered ones, loaded side by side in one JVM and run in
#               turns, $PAIRS times each (PairedBenchmark), in $PAIRED_JVMS JVMs; the cost is
#               the median of all per-pair time ratios
# then (unless ONLY_INTERPRETER=1) runs bench/run-session-bench.sh, bench/perf-bench.sh and
# bench/run-import-bench.sh (each writes its own file) and puts the summary of issue 15's
# targets at the top of bench/results.md (bench/summarize.py);
# and it checks with -XX:+PrintCompilation that the wasm function
# mp_execute_bytecode_dispatch (the Python VM loop) is JIT-compiled, at tier 4 (C2) ideally.
#
# Inputs (environment):
#   NATIVE_MICROPYTHON  native binary to use. Default: target/bench/native/micropython, built
#                       on first use with bench/build-native.sh (needs build-essential).
#   UNMETERED_WASM      wasm without the fuel meter. Default: target/bench/unmetered/
#                       micropython.wasm, built with METER=0 scripts/build-micropython.sh when
#                       missing or older than the metered binary / the port sources.
#   MICROPYTHON_SRC     MicroPython 1.25.0 source tree for those two builds. Default: the tree
#                       scripts/build-micropython.sh leaves in target/micropython-build/upstream,
#                       else its downloaded tarball in target/micropython-build/download.
#                       Run scripts/build-micropython.sh once if neither exists.
#   JAVA                java launcher (default: java on PATH)
#   WARMUP, RUNS        warm-up and timed runs (default 2 and 5)
#   PAIRS, PAIRED_JVMS  metered/unmetered pairs of runs for the metering cost, per JVM, and
#                       the JVMs pooled (default 5 and 6: the JIT varies more between JVMs
#                       than between runs in one)
#   RESULTS             output file (default bench/results.md)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# The command as given, with the settings that came from the environment.
COMMAND="$0${*:+ $*}"
for var in RUNS WARMUP PAIRS PAIRED_JVMS JAVA MICROPYTHON_SRC UNMETERED_WASM NATIVE_MICROPYTHON; do
    if [ -n "${!var:-}" ]; then COMMAND="$var=${!var} $COMMAND"; fi
done
OUT=$ROOT/target/bench
RESULTS=${RESULTS:-$ROOT/bench/results.md}
JAVA=${JAVA:-java}
WARMUP=${WARMUP:-2}
RUNS=${RUNS:-5}
PAIRS=${PAIRS:-5}
PAIRED_JVMS=${PAIRED_JVMS:-6}
WASM=$ROOT/src/main/resources/micropython.wasm
MP_TARBALL=micropython_1.25.0+ds.orig.tar.xz
DISPATCH=mp_execute_bytecode_dispatch
MAIN=io.github.micropython4j.bench.GuestBenchmark

log() { printf '[run-bench] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

if [ $# -gt 0 ]; then
    SCRIPTS=()
    for s in "$@"; do SCRIPTS+=("$(cd "$(dirname "$s")" && pwd)/$(basename "$s")"); done
else
    SCRIPTS=("$ROOT/bench/fib.py" "$ROOT/bench/loop.py" "$ROOT/bench/gc_heavy.py")
fi
for s in "${SCRIPTS[@]}"; do [ -f "$s" ] || die "no such script: $s"; done

mkdir -p "$OUT"
DATA=$OUT/data # one "key value" per line, read by the report at the end
: >"$DATA"
put() { printf '%s %s\n' "$1" "$2" >>"$DATA"; }
put load_before "$(cut -d' ' -f1-3 /proc/loadavg)"
# CPU time of the whole machine, to tell afterwards how much of it other processes used.
busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }
BUSY0=$(busy_ticks)
START_NS=$(date +%s%N)

# --- MicroPython source (only needed to build the native or unmetered binary) ---------------
micropython_src() {
    if [ -n "${MICROPYTHON_SRC:-}" ]; then
        [ -f "$MICROPYTHON_SRC/py/mpconfig.h" ] || die "MICROPYTHON_SRC=$MICROPYTHON_SRC is not a MicroPython tree"
        echo "$MICROPYTHON_SRC"
    elif [ -f "$ROOT/target/micropython-build/upstream/py/mpconfig.h" ]; then
        echo "$ROOT/target/micropython-build/upstream"
    elif [ -f "$ROOT/target/micropython-build/download/$MP_TARBALL" ]; then
        if [ ! -f "$OUT/micropython-src/py/mpconfig.h" ]; then
            rm -rf "$OUT/micropython-src"
            mkdir -p "$OUT/micropython-src"
            tar -xf "$ROOT/target/micropython-build/download/$MP_TARBALL" -C "$OUT/micropython-src" --strip-components=1
        fi
        echo "$OUT/micropython-src"
    else
        die "no MicroPython source: set MICROPYTHON_SRC, or run scripts/build-micropython.sh once (it fetches Debian's source into target/micropython-build)"
    fi
}

# --- 1. native MicroPython -------------------------------------------------------------------
if [ -n "${NATIVE_MICROPYTHON:-}" ]; then
    NATIVE=$NATIVE_MICROPYTHON
else
    NATIVE=$OUT/native/micropython
    if [ ! -x "$NATIVE" ]; then
        src=$(micropython_src)
        log "building native MicroPython from $src"
        MICROPYTHON_SRC=$src sh "$ROOT/bench/build-native.sh" "$OUT/native" >"$OUT/native-build.log" 2>&1 ||
            { tail -n 30 "$OUT/native-build.log" >&2; die "native build failed (log: $OUT/native-build.log)"; }
    fi
fi
[ -x "$NATIVE" ] || die "not an executable: $NATIVE"
put native_binary "$NATIVE"
put native_version "$("$NATIVE" -c 'import sys; print(sys.implementation.name, "%d.%d.%d" % sys.implementation.version[:3], sys.platform)')"

# --- 2. project classes and class path -------------------------------------------------------
log "compiling the project (mvn test-compile)"
(cd "$ROOT" && mvn -q -B test-compile) >"$OUT/mvn.log" 2>&1 ||
    { tail -n 30 "$OUT/mvn.log" >&2; die "mvn test-compile failed (log: $OUT/mvn.log)"; }
(cd "$ROOT" && mvn -q -B dependency:build-classpath -Dmdep.outputFile="$OUT/deps.classpath") >>"$OUT/mvn.log" 2>&1 ||
    { tail -n 30 "$OUT/mvn.log" >&2; die "mvn dependency:build-classpath failed (log: $OUT/mvn.log)"; }
DEPS=$(cat "$OUT/deps.classpath")
# Run from a copy, so that a build started meanwhile (mvn clean, say) cannot pull the classes
# away from under a run; the wasm copy is the one those classes were compiled from.
rm -rf "$OUT/classes" "$OUT/test-classes"
cp -a "$ROOT/target/classes" "$OUT/classes"
cp -a "$ROOT/target/test-classes" "$OUT/test-classes"
cp "$WASM" "$OUT/micropython.wasm"
CP=$OUT/classes:$OUT/test-classes:$DEPS

# --- 3a. native timings ----------------------------------------------------------------------
# Writes "min median" in ms for the command line "$@".
time_native() {
    local json=$OUT/hyperfine.json
    if command -v hyperfine >/dev/null; then
        hyperfine -N --warmup 1 --runs "$RUNS" --export-json "$json" "$*" >/dev/null 2>&1 ||
            die "hyperfine failed on: $*"
        python3 - "$json" <<'EOF'
import json, statistics, sys
times = json.load(open(sys.argv[1]))["results"][0]["times"]
print("%.1f %.1f" % (min(times) * 1000, statistics.median(times) * 1000))
EOF
    else
        local times=() i start end
        "$@" >/dev/null
        for ((i = 0; i < RUNS; i++)); do
            start=$(date +%s%N); "$@" >/dev/null; end=$(date +%s%N)
            times+=("$(( (end - start) / 1000 ))")
        done
        python3 -c 'import statistics, sys; t = [int(x) / 1000 for x in sys.argv[1:]]; print("%.1f %.1f" % (min(t), statistics.median(t)))' "${times[@]}"
    fi
}
put native_timer "$(command -v hyperfine >/dev/null && hyperfine --version || echo 'date +%s%N loop')"
log "native: start-up"
t=$(time_native "$NATIVE" -c pass)
put native_startup "$t"
for s in "${SCRIPTS[@]}"; do
    name=$(basename "$s" .py)
    log "native: $name"
    put "native_result_$name" "$("$NATIVE" "$s" | tail -n 1 | tr ' ' _)"
    t=$(time_native "$NATIVE" "$s")
    put "native_$name" "$t"
done

# --- 3b. sandbox timings -----------------------------------------------------------------------
# run_sandbox LABEL CLASSPATH [JVM flags...]: BENCH lines go to $OUT/LABEL.out; exit status kept.
run_sandbox() {
    local label=$1 cp=$2
    shift 2
    log "sandbox ($label${*:+, $*})"
    local rc=0
    "$JAVA" "$@" -cp "$cp" "$MAIN" --label "$label" --warmup "$WARMUP" --runs "$RUNS" "${SCRIPTS[@]}" \
        >"$OUT/$label.out" 2>"$OUT/$label.err" || rc=$?
    grep -h '^BENCH' "$OUT/$label.out" >&2 || true
    put "rc_$label" "$rc"
    if [ "$rc" != 0 ]; then
        log "sandbox ($label) failed with status $rc; last lines of $OUT/$label.err:"
        tail -n 15 "$OUT/$label.err" >&2
    fi
    grep -h '^BENCH ' "$OUT/$label.out" | while read -r _ line; do
        local n min med res fuel
        n=$(sed -n 's/.*\bname=\([^ ]*\).*/\1/p' <<<"$line")
        min=$(sed -n 's/.*\bmin_ms=\([^ ]*\).*/\1/p' <<<"$line")
        med=$(sed -n 's/.*\bmedian_ms=\([^ ]*\).*/\1/p' <<<"$line")
        res=$(sed -n 's/.*\bresult=\([^ ]*\).*/\1/p' <<<"$line")
        fuel=$(sed -n 's/.*\bfuel=\([^ ]*\).*/\1/p' <<<"$line")
        put "${label}_$n" "$min $med"
        put "${label}_result_$n" "$res"
        put "${label}_fuel_$n" "${fuel:-n/a}"
    done
}
run_sandbox default "$CP"
run_sandbox flagged "$CP" -XX:-DontCompileHugeMethods

# --- 4. is the VM loop JIT-compiled? --------------------------------------------------------
DISPATCH_INDEX=$(python3 "$ROOT/micropython-wasm-build/tools/wasm_funcs.py" "$OUT/micropython.wasm" --index "$DISPATCH")
put dispatch_index "$DISPATCH_INDEX"
log "PrintCompilation run (func_$DISPATCH_INDEX = $DISPATCH)"
"$JAVA" -XX:+PrintCompilation -cp "$CP" "$MAIN" --label printcompilation --warmup 1 --runs 1 "${SCRIPTS[@]}" \
    >"$OUT/printcompilation.log" 2>/dev/null || log "the PrintCompilation run failed (see $OUT/printcompilation.log)"
# Methods of the compiled module over HotSpot's 8000-byte limit (never JIT-compiled by default),
# or close to it:
# the Code attribute lengths, read from the class files (JVMS chapter 4).
python3 - "$OUT/classes" "$OUT/micropython.wasm" "$ROOT/micropython-wasm-build/tools" >"$OUT/huge-methods.txt" <<'EOF'
import glob, os, struct, sys
classes, wasm, tools = sys.argv[1:]
sys.path.insert(0, tools)
import wasm_funcs
_, names, _ = wasm_funcs.parse(open(wasm, "rb").read())


def code_lengths(b):
    pos, utf8 = 10, {}
    count = struct.unpack_from(">H", b, 8)[0]
    i = 1
    while i < count:
        tag = b[pos]
        pos += 1
        if tag == 1:
            n = struct.unpack_from(">H", b, pos)[0]
            utf8[i] = b[pos + 2:pos + 2 + n].decode("utf-8", "replace")
            pos += 2 + n
        elif tag in (5, 6):
            pos += 8
            i += 1
        else:
            pos += {3: 4, 4: 4, 7: 2, 8: 2, 16: 2, 19: 2, 20: 2, 15: 3}.get(tag, 4)
        i += 1
    pos += 6
    pos += 2 + 2 * struct.unpack_from(">H", b, pos)[0]

    fields = struct.unpack_from(">H", b, pos)[0]
    pos += 2
    for _ in range(fields):
        pos += 6
        attrs = struct.unpack_from(">H", b, pos)[0]
        pos += 2
        for _ in range(attrs):
            pos += 6 + struct.unpack_from(">I", b, pos + 2)[0]
    lengths = {}
    methods = struct.unpack_from(">H", b, pos)[0]
    pos += 2
    for _ in range(methods):
        name = utf8[struct.unpack_from(">H", b, pos + 2)[0]]
        attrs = struct.unpack_from(">H", b, pos + 6)[0]
        pos += 8
        for _ in range(attrs):
            aname = utf8[struct.unpack_from(">H", b, pos)[0]]
            alen = struct.unpack_from(">I", b, pos + 2)[0]
            if aname == "Code":
                lengths[name] = struct.unpack_from(">I", b, pos + 10)[0]
            pos += 6 + alen
    return lengths


pattern = os.path.join(classes, "io/github/micropython4j/internal/MicroPythonModuleMachineFuncGroup_*.class")
for path in sorted(glob.glob(pattern)):
    for method, size in sorted(code_lengths(open(path, "rb").read()).items(), key=lambda kv: -kv[1]):
        if size > 7200 and method.startswith("func_"):  # over the limit, or within 10% of it
            print(method, names.get(int(method[5:]), "?"), size)
EOF

# --- 5. metering cost: the same benchmark on classes compiled from an unmetered wasm --------
if [ -n "${UNMETERED_WASM:-}" ]; then
    UNMETERED=$UNMETERED_WASM
else
    UNMETERED=$OUT/unmetered/micropython.wasm
    if [ ! -f "$UNMETERED" ] || [ -n "$(find "$WASM" "$ROOT/micropython-wasm-build" "$ROOT/scripts/build-micropython.sh" \
        -newer "$UNMETERED" -type f -print -quit)" ]; then
        src=$(micropython_src)
        log "building the unmetered wasm (METER=0 scripts/build-micropython.sh)"
        mkdir -p "$OUT/unmetered-build"
        if [ -d "$ROOT/target/micropython-build/tools" ] && [ ! -e "$OUT/unmetered-build/tools" ]; then
            ln -s "$ROOT/target/micropython-build/tools" "$OUT/unmetered-build/tools" # binaryen from npm
        fi
        METER=0 OUT_DIR="$OUT/unmetered" WORK_DIR="$OUT/unmetered-build" MICROPYTHON_SRC=$src \
            "$ROOT/scripts/build-micropython.sh" >"$OUT/unmetered-build.log" 2>&1 ||
            { tail -n 30 "$OUT/unmetered-build.log" >&2; die "unmetered wasm build failed (log: $OUT/unmetered-build.log)"; }
    fi
fi
[ -f "$UNMETERED" ] || die "no such file: $UNMETERED"
put unmetered_wasm "$UNMETERED"
put unmetered_size "$(stat -c %s "$UNMETERED")"
UPROJ=$OUT/unmetered-project
log "compiling the project against the unmetered wasm (in $UPROJ)"
rm -rf "$UPROJ"
mkdir -p "$UPROJ"
cp -a "$ROOT/pom.xml" "$ROOT/src" "$UPROJ/"
if (cd "$UPROJ" && { mvn -q -B -o test-compile -Dmicropython4j.wasm="$UNMETERED" ||
    mvn -q -B test-compile -Dmicropython4j.wasm="$UNMETERED"; }) >"$OUT/mvn-unmetered.log" 2>&1; then
    # The metered and the unmetered build side by side in one JVM, taking turns (PairedBenchmark):
    # separate JVMs differed by up to 20% on this kind of machine, more than the cost measured.
    # Each JVM's JIT compiles the two builds its own way, so $PAIRED_JVMS JVMs are pooled.
    log "metering cost: metered and unmetered builds in turns, $PAIRS pairs per script, $PAIRED_JVMS JVMs"
    rc=0
    : >"$OUT/paired.out"
    : >"$OUT/paired.err"
    for ((jvm = 1; jvm <= PAIRED_JVMS; jvm++)); do
        # the library refuses an unmetered guest unless told (ChicoryEngine.requireFuelMeter)
        "$JAVA" -Dmicropython4j.allowUnmeteredGuest=true -cp "$OUT/test-classes" io.github.micropython4j.bench.PairedBenchmark \
            --base "unmetered=$UPROJ/target/classes:$UPROJ/target/test-classes:$DEPS" \
            --test "metered=$CP" --warmup "$WARMUP" --pairs "$PAIRS" "${SCRIPTS[@]}" \
            >>"$OUT/paired.out" 2>>"$OUT/paired.err" || rc=$?
    done
    put rc_unmetered "$rc"
    [ "$rc" = 0 ] || { tail -n 15 "$OUT/paired.err" >&2; log "the paired run failed with status $rc"; }
    grep -h '^PAIR ' "$OUT/paired.out" | sed 's/ ratios=[^ ]*//' >&2 || true
    # Per script, over every pair of every JVM: each build's min and median, the median ratio.
    python3 "$ROOT/bench/pool_pairs.py" "$OUT/paired.out" >>"$DATA"
else
    tail -n 30 "$OUT/mvn-unmetered.log" >&2
    log "could not compile against the unmetered wasm (log: $OUT/mvn-unmetered.log)"
    put rc_unmetered build-failed
fi
put load_after "$(cut -d' ' -f1-3 /proc/loadavg)"
# Other processes' CPU use during the run, in average busy cores: the machine's busy time minus
# this script's own children (bash's `times`: user and system time of finished children).
times >"$OUT/times.txt" # in this shell: a pipeline would run it in a subshell without our children
own=$(tail -n 1 "$OUT/times.txt" | awk '{ t = 0; for (i = 1; i <= 2; i++) { split($i, p, "m"); t += p[1] * 60 + p[2] } print t }')
put foreign_cores "$(awk -v b0="$BUSY0" -v b1="$(busy_ticks)" -v hz="$(getconf CLK_TCK)" -v own="$own" \
    -v ns="$(( $(date +%s%N) - START_NS ))" 'BEGIN { f = ((b1 - b0) / hz - own) / (ns / 1e9); printf "%.2f", f < 0 ? 0 : f }')"

# --- 6. report ---------------------------------------------------------------------------------
put command "$COMMAND"
put pairs "$PAIRS"
put paired_jvms "$PAIRED_JVMS"
put java_version "$("$JAVA" -version 2>&1 | tr '\n' '|')"
put wasm_size "$(stat -c %s "$OUT/micropython.wasm")"
python3 - "$DATA" "$OUT" "$RESULTS" "$DISPATCH" "${SCRIPTS[@]}" <<'EOF'
import datetime, os, re, subprocess, sys

data_file, out, results, dispatch = sys.argv[1:5]
scripts = [os.path.basename(s)[:-3] for s in sys.argv[5:]]
d = {}
for line in open(data_file):
    k, _, v = line.rstrip("\n").partition(" ")
    d[k] = v


def pair(key):
    v = d.get(key)
    if not v:
        return None
    lo, med = v.split()
    return float(lo), float(med)


def cell(p):
    return "n/a" if p is None else f"{p[0]:.0f} ({p[1]:.0f})"


def ratio(a, b):
    return None if a is None or b is None or b[0] <= 0 else a[0] / b[0]


def fmt(x, suffix="x"):
    return "n/a" if x is None else f"{x:.2f}{suffix}"


# --- PrintCompilation verdict
idx = d.get("dispatch_index", "?")
method_re = re.compile(r"::func_%s\b" % re.escape(idx))
line_re = re.compile(r"\s*\d+\s+(\d+)\s+([%sbn! ]*?)\s*(\d)\s+\S+::")
compiles, dead, events = {}, set(), []  # compile id -> (tier, osr)
for line in open(os.path.join(out, "printcompilation.log"), errors="replace"):
    if not method_re.search(line) or "MicroPythonModuleMachineFuncGroup_" not in line:
        continue
    events.append(line.rstrip())
    m = line_re.match(line)
    if not m:
        continue
    cid, osr, tier = int(m.group(1)), "%" in m.group(2), int(m.group(3))
    if "made not entrant" in line or "made zombie" in line:
        dead.add(cid)
    elif "COMPILE SKIPPED" not in line:
        compiles[cid] = (tier, osr)
skipped = [e for e in events if "COMPILE SKIPPED" in e or "not compilable" in e]
c2 = [c for c, (t, _) in compiles.items() if t == 4]
c2_normal = [c for c in c2 if not compiles[c][1]]
top = max((t for t, _ in compiles.values()), default=0)
live = sorted({"tier %d%s" % (t, " OSR" if o else "") for c, (t, o) in compiles.items() if c not in dead})
summary = (f"{len(compiles)} compilations ({len(c2_normal)} normal and {len(c2) - len(c2_normal)} OSR at tier 4), "
           f"{len(dead & set(compiles))} later made not entrant (deoptimized or replaced); "
           f"live at exit: {', '.join(live) or 'none'}")
if c2_normal:
    verdict = f"PASS: {dispatch} (func_{idx}) is C2-compiled (tier 4): {summary}"
elif c2:
    verdict = f"FAIL: {dispatch} (func_{idx}) reaches C2 only through OSR: {summary}"
elif top > 0:
    verdict = f"FAIL: {dispatch} (func_{idx}) reaches only tier {top} (C1), never C2: {summary}"
else:
    verdict = f"FAIL: {dispatch} (func_{idx}) is never JIT-compiled: it runs in the bytecode interpreter"
if skipped:
    verdict += "; compilations that failed: " + " | ".join(re.sub(r"\s+", " ", s.strip()) for s in skipped)
huge = []
hp = os.path.join(out, "huge-methods.txt")
if os.path.exists(hp):
    huge = [l.split() for l in open(hp) if l.strip()]

# --- table and targets
rows, checks, fuel_rows = [], [], []
native_startup = pair("native_startup")
for s in scripts:
    nat, dfl, flg, unm, met = (pair(f"{p}_{s}") for p in ("native", "default", "flagged", "unmetered", "paired"))
    r_nat, r_flag = ratio(dfl, nat), ratio(dfl, flg)
    cost_ratio = d.get(f"cost_ratio_{s}")
    cost = None if not cost_ratio else (float(cost_ratio) - 1) * 100
    rows.append(f"| {s} | {cell(nat)} | {cell(dfl)} | {cell(flg)} | {fmt(r_nat)} | {fmt(r_flag)} | {cell(unm)} | "
                f"{cell(met)} | {'n/a' if cost is None else f'{cost:+.1f}%'} |")
    def check(ok, what):
        checks.append(("PASS" if ok else "FAIL") + f": {s}: {what}")
    check(r_nat is not None and r_nat <= 10, f"sandbox (default flags) / native = {fmt(r_nat)} (target <= 10x)")
    check(r_flag is not None and r_flag <= 1.2,
          f"default flags / -XX:-DontCompileHugeMethods = {fmt(r_flag)} (target <= 1.2x)")
    check(cost is not None and cost <= 15,
          "metering cost = " + ("not measured (no paired run)" if cost is None else f"{cost:+.1f}%")
          + " (target <= 15%)")
    fuel = d.get(f"default_fuel_{s}", "n/a")
    if fuel.isdigit() and dfl is not None:
        fuel_rows.append(f"| {s} | {int(fuel):,} | {int(fuel) / dfl[0] / 1000:.1f} |")
    else:
        fuel_rows.append(f"| {s} | {fuel} | n/a |")
    want = d.get(f"native_result_{s}")
    for label in ("default", "flagged", "unmetered"):
        got = d.get(f"{label}_result_{s}")
        if got is not None and got != want:
            checks.append(f"FAIL: {s}: {label} printed {got!r}, native printed {want!r}")
checks.append(verdict)
for label in ("default", "flagged", "unmetered"):
    if d.get(f"rc_{label}", "0") != "0":
        checks.append(f"FAIL: sandbox run '{label}' did not complete (status {d.get(f'rc_{label}')}; see target/bench/{label}.err)")

cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
mem = next((l.split(":", 1)[1].strip() for l in open("/proc/meminfo") if l.startswith("MemTotal")), "?")
mem_gib = f"{int(mem.split()[0]) / 1024 / 1024:.1f} GiB" if mem.split()[0].isdigit() else mem
java = d.get("java_version", "").strip("|").replace("|", "; ")
now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
wasm_size, unm_size = int(d.get("wasm_size", 0)), int(d.get("unmetered_size", 0) or 0)
n_runs = os.environ.get("RUNS", "5")
foreign = float(d.get("foreign_cores", "0") or 0)
load_note = f"; other processes used {foreign:.2f} cores on average during the run" + (
    " **(busy machine: these numbers are noisy)**" if foreign > 0.15 else "")
n_warm = os.environ.get("WARMUP", "2")

md = f"""# Benchmark results

Written by `bench/run-bench.sh`; do not edit by hand.

- date: {now}
- command: `{d.get('command')}`
- machine: {os.cpu_count()} CPUs (`nproc`: {subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()}), {cpu}, {mem_gib} memory
- load average before / after: {d.get('load_before')} / {d.get('load_after')}{load_note}
- java: {java}
- native: {d.get('native_version')} (`{d.get('native_binary')}`), timed with {d.get('native_timer')}; process start-up alone (`micropython -c pass`): {cell(native_startup)} ms
- micropython.wasm: {wasm_size:,} bytes; unmetered build: {unm_size:,} bytes (+{wasm_size - unm_size:,} for the meter)

Times are wall-clock milliseconds, **min (median)**. Native: best of {n_runs} runs of the whole process
(after 1 warm-up), start-up included. Sandbox: one fresh session per script, {n_warm} warm-up runs, then
{n_runs} timed `session.run(script)` calls in the same JVM. Ratios use the minima. Metering cost:
the unmetered and the metered build loaded side by side in one JVM, a session each, {n_warm} warm-up
runs each, then {d.get('pairs', '?')} pairs of runs taking turns (alternating which goes first), in
{d.get('paired_jvms', '?')} JVMs; the cost is the median of all per-pair ratios metered/unmetered, minus one (the
two "paired" columns give each build's times there). Median ratio per JVM: """ + "; ".join(
    f"{s} " + ", ".join(f"{(float(r) - 1) * 100:+.1f}%" for r in d.get(f"cost_ratio_by_jvm_{s}", "").split())
    for s in scripts) + f""".

| benchmark | native | sandbox default flags | sandbox -XX:-DontCompileHugeMethods | ratio to native | ratio default/flagged | unmetered (paired) | metered (paired) | metering cost % |
|---|---|---|---|---|---|---|---|---|
""" + "\n".join(rows) + f"""

Fuel used by one run (default flags, metered build) and the rate at the fastest run, in millions
of units per second:

| benchmark | fuel units | M units/s |
|---|---|---|
""" + "\n".join(fuel_rows) + f"""

## JIT check

`{dispatch}` is wasm function {idx}, compiled to `MicroPythonModuleMachineFuncGroup_*::func_{idx}`.
One run of every script with `-XX:+PrintCompilation` (JVM default flags):

**{verdict}**

```
""" + "\n".join(events[:12]) + (f"\n... ({len(events) - 12} more lines in target/bench/printcompilation.log)" if len(events) > 12 else "") + """
```

Compiled wasm functions over HotSpot's 8000-byte limit (never JIT-compiled under default flags):
""" + ("\n".join(f"- `{m}` = `{n}`: {sz} bytes of bytecode" for m, n, sz in huge if int(sz) > 8000) or "- none") + """

Within 10% of the limit (a small change to them could push them over):
""" + ("\n".join(f"- `{m}` = `{n}`: {sz} bytes of bytecode" for m, n, sz in huge if int(sz) <= 8000) or "- none") + """

## Targets

```
""" + "\n".join(checks) + "\n```\n"
with open(results, "w") as f:
    f.write(md)
print("\n".join(checks))
failed = sum(c.startswith("FAIL") for c in checks)
print(f"{failed} of {len(checks)} checks FAILED (a measurement: exit status stays 0)" if failed
      else f"all {len(checks)} checks passed")
print(f"results written to {results}")
EOF

# --- 7. the other benchmarks, and the summary of issue 15's targets at the top of results.md --
# (each writes its own file; ONLY_INTERPRETER=1 skips them and summarizes what is there)
if [ -z "${ONLY_INTERPRETER:-}" ] && [ "$RESULTS" = "$ROOT/bench/results.md" ]; then
    "$ROOT/bench/run-session-bench.sh" || echo "[run-bench] run-session-bench.sh failed" >&2
    "$ROOT/bench/perf-bench.sh" || echo "[run-bench] perf-bench.sh failed" >&2
    "$ROOT/bench/run-import-bench.sh" || echo "[run-bench] run-import-bench.sh failed" >&2
fi
[ "$RESULTS" = "$ROOT/bench/results.md" ] && python3 "$ROOT/bench/summarize.py"
exit 0

#!/usr/bin/env bash
# Import times of the standard-library modules in a fresh session, written to
# bench/import-times.md (a measurement: exits 0 even when a module misses the 5 ms target).
#
#   bench/run-import-bench.sh                  # every module issue 14 lists
#   bench/run-import-bench.sh typing enum      # some modules
#
# Inputs (environment): JAVA (java launcher), WARMUP and ROUNDS (default 3 and 15),
# RESULTS (default bench/import-times.md). See ImportBenchmark's Javadoc for the method.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$ROOT/target/bench
JAVA=${JAVA:-java}
mkdir -p "$OUT"
echo "[run-import-bench] compiling the project (mvn test-compile)" >&2
(cd "$ROOT" && mvn -q -B test-compile && mvn -q -B dependency:build-classpath -Dmdep.outputFile="$OUT/deps.classpath") \
    >"$OUT/mvn-import.log" 2>&1 || { tail -n 30 "$OUT/mvn-import.log" >&2; exit 1; }
CP=$ROOT/target/classes:$ROOT/target/test-classes:$(cat "$OUT/deps.classpath")
exec "$JAVA" -cp "$CP" io.github.micropython4j.bench.ImportBenchmark \
    --warmup "${WARMUP:-3}" --rounds "${ROUNDS:-15}" --out "${RESULTS:-$ROOT/bench/import-times.md}" "$@"

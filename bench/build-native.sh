#!/bin/sh
# Build a native (ports/unix, standard variant) MicroPython reference binary.
# Usage: MICROPYTHON_SRC=/path/to/micropython-1.25.0 bench/build-native.sh [outdir]
# Needs only build-essential + python3 (Debian bookworm). Works with the
# Debian "+ds" tarball (empty lib/micropython-lib, no mbedtls/berkeley-db/libffi).
set -eu
: "${MICROPYTHON_SRC:?set MICROPYTHON_SRC to the MicroPython source tree}"
OUT=${1:-/tmp/mp-native}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp -a "$MICROPYTHON_SRC/." "$WORK/"
make -C "$WORK/mpy-cross" -j2
make -C "$WORK/ports/unix" -j2 FROZEN_MANIFEST= \
    MICROPY_PY_BTREE=0 MICROPY_PY_SSL=0 MICROPY_PY_FFI=0
mkdir -p "$OUT"
cp "$WORK/ports/unix/build-standard/micropython" "$OUT/micropython"
echo "built $OUT/micropython"

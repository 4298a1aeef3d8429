#!/bin/sh
# Build a native (ports/unix, standard variant) MicroPython reference binary.
# Usage: MICROPYTHON_SRC=/path/to/micropython-1.25.0 [PATCHED=1 [PATCHES_DIR=dir]] bench/build-native.sh [outdir]
# Needs only build-essential + python3 (Debian bookworm). Works with the
# Debian "+ds" tarball (empty lib/micropython-lib, no mbedtls/berkeley-db/libffi).
# PATCHED=1 applies our patches (micropython-wasm-build/patches/, or those in PATCHES_DIR, but
# 0002, whose RecursionError the wasm port defines) and, with patches/0026, the port's 30-bit
# string hashes, to measure them natively.
set -eu
: "${MICROPYTHON_SRC:?set MICROPYTHON_SRC to the MicroPython source tree}"
OUT=${1:-/tmp/mp-native}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp -a "$MICROPYTHON_SRC/." "$WORK/"
# Our patches are built for wasm32; on 64-bit hosts a few of their int/size_t comparisons warn
# (-Wsign-compare), which the unix port's -Werror would make fatal.
CFLAGS_EXTRA=-Wno-error=sign-compare
if [ "${PATCHED:-0}" = 1 ]; then
    PATCHES_DIR=${PATCHES_DIR:-$ROOT/micropython-wasm-build/patches}
    for p in "$PATCHES_DIR"/*.patch; do
        case "$(basename "$p")" in 0002-*) continue ;; 0026-*) CFLAGS_EXTRA="$CFLAGS_EXTRA -DMICROPY_QSTR_BYTES_IN_HASH=4" ;; esac
        patch -d "$WORK" -p1 --quiet --no-backup-if-mismatch <"$p"
    done
fi
make -C "$WORK/mpy-cross" -j2 CFLAGS_EXTRA=-Wno-error=sign-compare
make -C "$WORK/ports/unix" -j2 FROZEN_MANIFEST= CFLAGS_EXTRA="$CFLAGS_EXTRA" \
    MICROPY_PY_BTREE=0 MICROPY_PY_SSL=0 MICROPY_PY_FFI=0
mkdir -p "$OUT"
cp "$WORK/ports/unix/build-standard/micropython" "$OUT/micropython"
echo "built $OUT/micropython"

#!/usr/bin/env bash
# Builds src/main/resources/micropython.wasm from MicroPython 1.25.0 and our port in
# micropython-wasm-build/, reproducibly: the same toolchain gives the same bytes.
#
#   scripts/build-micropython.sh            # fetch the source from Debian, build, write outputs
#   MICROPYTHON_SRC=dir scripts/build-micropython.sh   # use an extracted source tree instead
#   OUT_DIR=dir scripts/build-micropython.sh           # write outputs elsewhere (default: src/main/resources)
#   METER=0 OUT_DIR=dir scripts/build-micropython.sh   # without the fuel meter, to measure its cost
#
# On a fresh Debian bookworm machine (as root) it installs what it needs: clang-22, lld-22,
# libclang-rt-22-dev-wasm32, wasi-libc, llvm-22 (apt) and binaryen (npm, build-local).
# Outputs: micropython.wasm, micropython.wasm.sha256, micropython.wasm.manifest (the
# toolchain versions and inputs the binary was built from).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
PORT_DIR=$ROOT/micropython-wasm-build
WORK=$(realpath -m "${WORK_DIR:-$ROOT/target/micropython-build}")
OUT_DIR=$(realpath -m "${OUT_DIR:-$ROOT/src/main/resources}")
if [ "${METER:-1}" = 0 ] && [ "$OUT_DIR" = "$ROOT/src/main/resources" ]; then
    echo "[build-micropython] error: METER=0 needs OUT_DIR: the library must not ship an unmetered binary" >&2
    exit 2
fi

MP_TARBALL=micropython_1.25.0+ds.orig.tar.xz
MP_SHA256=7b25be99a502f070b2de81dafc08da7051d992325d6e67daa9045a918fffdbea
BINARYEN_VERSION=132.0.0
CLANG=clang-22
# gcc + libc6-dev build mpy-cross, the host tool that compiles our frozen Python modules.
APT_PACKAGES=(clang-22 lld-22 libclang-rt-22-dev-wasm32 wasi-libc llvm-22 make python3 xz-utils patch gcc libc6-dev)
# Fixed build date for makeversionhdr.py (MicroPython 1.25.0's release day).
export SOURCE_DATE_EPOCH=1744848000
export LC_ALL=C TZ=UTC

log() { printf '[build-micropython] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
        die "need root to run: $*"; fi
}

apt_updated=no
apt_update_once() {
    if [ $apt_updated = no ]; then as_root apt-get update -qq; apt_updated=yes; fi
}

install_toolchain() {
    local missing=()
    for pkg in "${APT_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        log "installing ${missing[*]}"
        apt_update_once
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
    command -v npm >/dev/null || die "npm is needed for binaryen (apt-get install npm)"
    local tools=$WORK/tools
    if [ ! -x "$tools/node_modules/.bin/wasm-opt" ] ||
        [ "$("$tools/node_modules/.bin/wasm-opt" --version)" != "wasm-opt version ${BINARYEN_VERSION%%.*} (version_${BINARYEN_VERSION%%.*})" ]; then
        log "installing binaryen $BINARYEN_VERSION (npm, into $tools)"
        mkdir -p "$tools"
        (cd "$tools" && npm install --no-save --no-audit --no-fund --silent "binaryen@$BINARYEN_VERSION" >/dev/null)
    fi
    BINARYEN=$tools/node_modules/.bin
}

# Debian's source package (trixie), fetched with apt-get source and verified by checksum.
fetch_source() {
    if [ -n "${MICROPYTHON_SRC:-}" ]; then
        [ -f "$MICROPYTHON_SRC/py/mpconfig.h" ] || die "MICROPYTHON_SRC=$MICROPYTHON_SRC is not a MicroPython tree"
        SRC=$MICROPYTHON_SRC
        SRC_DESC="directory given as MICROPYTHON_SRC"
        return
    fi
    local dl=$WORK/download
    mkdir -p "$dl"
    if [ ! -f "$dl/$MP_TARBALL" ]; then
        if ! grep -rqs "trixie" /etc/apt/sources.list /etc/apt/sources.list.d/ ||
            ! grep -rqs "deb-src" /etc/apt/sources.list /etc/apt/sources.list.d/; then
            log "adding a deb-src entry for Debian trixie"
            as_root tee /etc/apt/sources.list.d/micropython4j-trixie-src.sources >/dev/null <<'EOF'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
            apt_updated=no
        fi
        apt_update_once
        log "fetching Debian source package micropython"
        (cd "$dl" && apt-get source --download-only micropython >/dev/null 2>&1) ||
            die "apt-get source micropython failed"
        [ -f "$dl/$MP_TARBALL" ] || die "Debian served another version than $MP_TARBALL: $(ls "$dl")"
    fi
    echo "$MP_SHA256  $dl/$MP_TARBALL" | sha256sum -c --quiet - || die "checksum mismatch for $MP_TARBALL"
    rm -rf "$WORK/upstream"
    mkdir -p "$WORK/upstream"
    tar -xf "$dl/$MP_TARBALL" -C "$WORK/upstream" --strip-components=1
    SRC=$WORK/upstream
    SRC_DESC="$MP_TARBALL sha256 $MP_SHA256"
}

# A patched copy of the source: MICROPYTHON_SRC itself is never modified.
prepare_tree() {
    TREE=$WORK/micropython
    rm -rf "$TREE" "$WORK/obj"
    mkdir -p "$TREE"
    for dir in py extmod shared lib/crypto-algorithms lib/uzlib lib/re1.5 lib/libm_dbl lib/libm \
        tools/makemanifest.py tools/manifestfile.py tools/mpy-tool.py mpy-cross/mpy_cross; do
        if [ -e "$SRC/$dir" ]; then
            mkdir -p "$TREE/$(dirname "$dir")"
            cp -a "$SRC/$dir" "$TREE/$dir"
        fi
    done
    # mpy-cross, the host tool that compiles our frozen modules to bytecode, from the unpatched
    # source: our patches change the runtime, not the bytecode format (and some of them need
    # our port's definitions, which mpy-cross's build does not have).
    MPY_CROSS_TREE=$WORK/mpy-cross-src
    rm -rf "$MPY_CROSS_TREE"
    mkdir -p "$MPY_CROSS_TREE"
    cp -a "$SRC/py" "$SRC/mpy-cross" "$SRC/extmod" "$SRC/shared" "$MPY_CROSS_TREE/"
    for p in "$PORT_DIR"/patches/*.patch; do
        log "applying $(basename "$p")"
        patch -d "$TREE" -p1 --quiet --no-backup-if-mismatch <"$p" || die "patch $(basename "$p") failed"
    done
}

compile() {
    # mpy-cross runs on the build machine; the bytecode it writes does not depend on the C
    # compiler that built it.
    log "building mpy-cross with $(gcc --version | head -n1)"
    make -C "$MPY_CROSS_TREE/mpy-cross" -j"$(nproc)" CC=gcc >"$WORK/mpy-cross.log" 2>&1 ||
        { tail -n 40 "$WORK/mpy-cross.log" >&2; die "building mpy-cross failed (log: $WORK/mpy-cross.log)"; }
    log "compiling with $($CLANG --version | head -n1)"
    # GIT_CEILING_DIRECTORIES: makeversionhdr.py asks git for a version, and the tree lies
    # inside our own checkout; without this our commit would end up in the binary.
    GIT_CEILING_DIRECTORIES="$WORK" make -C "$PORT_DIR/port" -j"$(nproc)" TOP="$TREE" BUILD="$WORK/obj" \
        CLANG="$CLANG" METER="${METER:-1}" MICROPY_MPYCROSS="$MPY_CROSS_TREE/mpy-cross/build/mpy-cross" >"$WORK/make.log" 2>&1 ||
        { tail -n 40 "$WORK/make.log" >&2; die "make failed (log: $WORK/make.log)"; }
}

# The functions whose loops stay without a fuel tick, and why: tools/unmetered-functions.txt
# (MeterCoverageTest checks the final binary against the same list).
UNMETERED_FUNCTIONS=$(grep -v '^#' "$PORT_DIR/tools/unmetered-functions.txt" | grep -v '^$' | tr '\n' ' ')

# Spill pointers held in wasm locals to the shadow stack, so the GC's conservative stack scan
# sees them, except in the dispatch loop; then add the fuel meter to every loop (the VM meters itself)
# (see micropython-wasm-build/README.md).
post_process() {
    local features=(--enable-exception-handling --enable-reference-types --enable-bulk-memory
        --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals)
    local o=$WORK/obj
    log "post-processing with $("$BINARYEN/wasm-opt" --version)"
    "$BINARYEN/wasm-opt" -g "${features[@]}" --strip-dwarf --strip-producers "$o/micropython.wasm" -o "$o/linked.wasm"
    if [ "${METER:-1}" != 0 ]; then
        # C code's fuel charges are calls to a placeholder import; as calls they would get
        # pointer spills, so they become stores to a marker global until meter.py inlines them.
        "$BINARYEN/wasm-dis" "$o/linked.wasm" -o "$o/unmarked.wat"
        python3 "$PORT_DIR/tools/meter.py" --mark-charges "$o/unmarked.wat" "$o/marked.wat" >&2
        "$BINARYEN/wasm-as" -g "${features[@]}" "$o/marked.wat" -o "$o/linked.wasm"
    fi
    "$BINARYEN/wasm-opt" -g "${features[@]}" --spill-pointers "$o/linked.wasm" -o "$o/spilled.wasm"
    "$BINARYEN/wasm-dis" "$o/linked.wasm" -o "$o/linked.wat"
    "$BINARYEN/wasm-dis" "$o/spilled.wasm" -o "$o/spilled.wat"
    python3 "$PORT_DIR/tools/splice_functions.py" "$o/spilled.wat" "$o/linked.wat" "$o/spliced.wat" \
        mp_execute_bytecode_dispatch
    if [ "${METER:-1}" = 0 ]; then
        cp "$o/spliced.wat" "$o/final.wat"
    else
        python3 "$PORT_DIR/tools/meter.py" "$o/spliced.wat" "$o/final.wat" \
            --skip $UNMETERED_FUNCTIONS >&2
    fi
    "$BINARYEN/wasm-as" -g "${features[@]}" "$o/final.wat" -o "$o/final.wasm"
    "$BINARYEN/wasm-opt" -g "${features[@]}" --strip-target-features "$o/final.wasm" -o "$o/final.wasm"
    log "largest functions (wasm bytes):"
    python3 "$PORT_DIR/tools/wasm_funcs.py" "$o/final.wasm" 5 >&2
}

write_outputs() {
    mkdir -p "$OUT_DIR"
    cp "$WORK/obj/final.wasm" "$OUT_DIR/micropython.wasm"
    (cd "$OUT_DIR" && sha256sum micropython.wasm >micropython.wasm.sha256)
    manifest >"$OUT_DIR/micropython.wasm.manifest"
    log "wrote $OUT_DIR/micropython.wasm ($(stat -c %s "$OUT_DIR/micropython.wasm") bytes)"
    cat "$OUT_DIR/micropython.wasm.sha256" >&2
}

# Everything that decides the output bytes besides our own sources.
manifest() {
    echo "micropython: $SRC_DESC"
    for pkg in clang-22 lld-22 libclang-rt-22-dev-wasm32 wasi-libc; do
        echo "$pkg: $(dpkg-query -W -f='${Version}' "$pkg")"
    done
    echo "binaryen: $BINARYEN_VERSION"
}

mkdir -p "$WORK"
install_toolchain
fetch_source
prepare_tree
compile
post_process
write_outputs

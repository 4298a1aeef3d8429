#!/bin/sh
# Regenerate every *.expected file here with CPython 3; if given the path of a native MicroPython 1.25
# binary, also check that it prints exactly the same (a binary built from our patches, for core/;
# bench/build-native.sh with PATCHED=1), run with a 64 MiB heap as the sandbox has 16 MiB of 32-bit words.
# Usage: ./regenerate.sh [/path/to/micropython]
set -eu
cd "$(dirname "$0")"
MP=${1:-}
status=0
for name in gc_stress modules gc_garbage_loop core/dict_order core/dict_views core/dict_large \
    core/sort_stable core/collections_deque bigint_digits; do
    py=$name.py exp=$name.expected
    python3 "$py" > "$exp"
    if [ -n "$MP" ]; then
        if "$MP" -X heapsize=64M "$py" | diff -u "$exp" - ; then
            echo "same: $py"
        else
            echo "DIFFERS under MicroPython: $py"; status=1
        fi
    fi
done

# files_legit.py works in a directory it is given (ROOT), prepared as FileOperationsTest does.
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
printf 'hello\nworld\n' > "$root/hello.txt"
mkdir "$root/sub"
printf 'inner' > "$root/sub/inner.txt"
ln -s hello.txt "$root/alias.txt"
ln -s sub "$root/sub_link"
ROOT=$root python3 files_legit.py > files_legit.expected
exit $status

#!/bin/sh
# Regenerate the expected output of every stdlib test script here with CPython 3 (never with
# the sandbox), in UTC as the sandbox is. Usage: ./regenerate.sh [name ...]   (default: every *.py here)
set -eu
cd "$(dirname "$0")"
if [ $# -eq 0 ]; then set -- $(ls *.py | sed 's/\.py$//'); fi
for name in "$@"; do
    # As `python3 -c`, as a session runs code: tracebacks name the file "<string>" and show no
    # source lines, as the sandbox's do (traceback and logging print them).
    TZ=UTC PYTHONHASHSEED=0 python3 -c "$(cat "$name.py")" > "$name.expected"
    echo "regenerated $name.expected"
done

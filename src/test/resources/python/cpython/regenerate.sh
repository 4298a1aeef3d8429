#!/bin/sh
# Regenerate the expected output of every core-language test script here with CPython 3 (never
# with the sandbox), in UTC as the sandbox is. Usage: ./regenerate.sh [name ...]   (default: every *.py)
# A script runs as `python3 -c "<its text>"`, as a session runs code: its frames are File
# "<string>" and CPython shows no source lines, as the sandbox. For traceback_*.py, which end in
# an uncaught exception, CPython's stderr (the traceback) goes to name.traceback.
# Modules the scripts import live in modules/, which the test mounts at /modules.
set -eu
cd "$(dirname "$0")"
if [ $# -eq 0 ]; then set -- $(ls *.py | sed 's/\.py$//'); fi
for name in "$@"; do
    case $name in
    traceback_*)
        if TZ=UTC PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 python3 -W ignore -c "$(cat "$name.py")" > "$name.expected" 2> "$name.traceback"; then
            echo "error: $name.py ended without an exception" >&2; exit 1
        fi ;;
    *)
        TZ=UTC PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 python3 -W ignore -c "$(cat "$name.py")" > "$name.expected" ;;
    esac
    echo "regenerated $name"
done

#!/usr/bin/env python3
"""Add deterministic fuel metering to a binaryen text module (wasm-dis output).

Usage: meter.py IN.wat OUT.wat --outer-only FUNC ... [--skip FUNC ...]

Every `loop` body starts with a call to $__mp4j_fuel_tick, which takes one unit from the
exported mutable i64 global "fuel" and calls the port's mp4j_fuel_exhausted() (fuel.c)
when it goes negative. Any code that runs long goes around some loop, so fuel bounds all
work, in Python bytecode and in C builtins alike, the same on every engine. The bulk-memory
instructions memory.copy and memory.fill do their work in one instruction, so they go
through helpers that first charge one unit per BYTES_PER_UNIT bytes.

--outer-only FUNC: meter only the loops of FUNC not nested in another loop. The bytecode
  dispatch loop has one outer loop per opcode dispatched; its inner loops are bounded by
  the bytecode (decoding, stack unwinding), and metering them would push the function past
  HotSpot's 8000-byte JIT limit. Its one meter is inlined rather than a call: it runs once
  per bytecode, and a call there cost about 10% of the VM's speed.
--skip FUNC: leave FUNC unmetered: allocator and collector internals whose loops are bounded
  by the heap's size (metering dlmalloc would push it past the same limit; metering the GC
  made allocation-heavy code 60% slower).
"""
import argparse
import re

TICK = "__mp4j_fuel_tick"
CHARGE = "__mp4j_fuel_charge"
EXHAUSTED = "mp4j_fuel_exhausted"
BYTES_PER_UNIT_SHIFT = 6  # one unit per 64 bytes copied or filled
BULK = {"memory.copy": "__mp4j_memory_copy", "memory.fill": "__mp4j_memory_fill"}

INLINE_TICK = """(global.set $fuel
 (i64.sub
  (global.get $fuel)
  (i64.const 1)
 )
)
(if
 (i64.lt_s
  (global.get $fuel)
  (i64.const 0)
 )
 (then
  (call ${exhausted})
 )
)
""".replace("{exhausted}", EXHAUSTED)

HELPER = f""" (func ${TICK}
""" + "".join("  " + line + "\n" for line in INLINE_TICK.splitlines()) + f""" )
 (func ${CHARGE} (param $units i64)
  (global.set $fuel
   (i64.sub
    (global.get $fuel)
    (local.get $units)
   )
  )
  (if
   (i64.lt_s
    (global.get $fuel)
    (i64.const 0)
   )
   (then
    (call ${EXHAUSTED})
   )
  )
 )
 (func ${BULK["memory.copy"]} (param $dest i32) (param $src i32) (param $len i32)
  (call ${CHARGE}
   (i64.extend_i32_u
    (i32.shr_u
     (local.get $len)
     (i32.const {BYTES_PER_UNIT_SHIFT})
    )
   )
  )
  (memory.copy
   (local.get $dest)
   (local.get $src)
   (local.get $len)
  )
 )
 (func ${BULK["memory.fill"]} (param $dest i32) (param $value i32) (param $len i32)
  (call ${CHARGE}
   (i64.extend_i32_u
    (i32.shr_u
     (local.get $len)
     (i32.const {BYTES_PER_UNIT_SHIFT})
    )
   )
  )
  (memory.fill
   (local.get $dest)
   (local.get $value)
   (local.get $len)
  )
 )
"""

FUNC_RE = re.compile(r"^ \(func \$([^\s()]+)")


def paren_delta(line):
    return line.count("(") - line.count(")")




def meter_function(lines, outer_only):
    """Insert tick calls into one function's lines; returns (new lines, loops metered)."""
    out, depth, open_loops, metered = [], 0, [], 0
    for line in lines:
        stripped = line.lstrip(" ")
        for instruction, helper in BULK.items():
            if stripped.rstrip() == "(" + instruction:
                line = line.replace("(" + instruction, f"(call ${helper}")
        is_loop = stripped.startswith("(loop")
        nested = bool(open_loops)
        out.append(line)
        if is_loop:
            open_loops.append(depth + 1)
        depth += paren_delta(line)
        if is_loop and not (outer_only and nested):
            indent = " " * (len(line) - len(stripped) + 1)
            if outer_only:
                out.extend(indent + l + "\n" for l in INLINE_TICK.splitlines())
            else:
                out.append(f"{indent}(call ${TICK})\n")
            metered += 1
        while open_loops and depth < open_loops[-1]:
            open_loops.pop()
    return out, metered


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--outer-only", nargs="*", default=[])
    parser.add_argument("--skip", nargs="*", default=[])
    args = parser.parse_args()

    lines = open(args.input).read().splitlines(keepends=True)
    out, func, body, total = [], None, [], 0
    seen = set()

    def flush():
        nonlocal total
        if func is None:
            return
        if func in args.skip:
            out.extend(body)
        else:
            metered, count = meter_function(body, func in args.outer_only)
            out.extend(metered)
            total += count
        seen.add(func)

    for line in lines:
        if line.startswith((" (", " ;;", ")")):
            flush()
            func, body = None, []
            match = FUNC_RE.match(line)
            if match:
                func = match.group(1)
                body = [line]
                continue
        if func is not None:
            body.append(line)
        else:
            out.append(line)
    flush()

    missing = (set(args.outer_only) | set(args.skip)) - seen
    if missing:
        raise SystemExit(f"meter.py: no such function: {', '.join(sorted(missing))}")
    if EXHAUSTED not in seen:
        raise SystemExit(f"meter.py: the module lacks ${EXHAUSTED} (port/fuel.c)")

    # The global and its export go after the last existing global; the helper at the end.
    last_global = max(i for i, l in enumerate(out) if l.startswith(" (global "))
    out.insert(last_global + 1, ' (global $fuel (mut i64) (i64.const 0))\n')
    out.insert(last_global + 2, ' (export "fuel" (global $fuel))\n')
    module_end = max(i for i, l in enumerate(out) if l.startswith(")"))
    out.insert(module_end, HELPER)
    with open(args.output, "w") as f:
        f.write("".join(out))
    print(f"meter.py: {total} loops metered")


if __name__ == "__main__":
    main()

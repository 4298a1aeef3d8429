#!/usr/bin/env python3
"""Add deterministic fuel metering to a binaryen text module (wasm-dis output).

Usage: meter.py IN.wat OUT.wat [--skip FUNC ...] [--call-ticks FUNC ...]

Every `loop` body starts with a tick, which takes one unit from the exported mutable i64
global "fuel" and calls the port's mp4j_fuel_exhausted() (fuel.c) when it goes negative.
Any code that runs long goes around some loop, so fuel bounds all work, in Python bytecode
and in C builtins alike, the same on every engine. The bulk-memory instructions memory.copy
and memory.fill do their work in one instruction, so each first charges one unit per 64
bytes (nothing under 64 bytes).

Some code meters itself, in C, through the placeholder import "mp4j_meter" "charge"
(port/mpconfigport.h), whose calls become inline charges here: the bytecode VM charges the
bytes of bytecode it ran at every jump, return, yield and exception (patches/0009),
mp_map_lookup the probes it made (patches/0010), mp_setup_code_state per frame slot and
keyword (patches/0011). They go in --skip, since their loops are paid for by those charges
or bounded by the bytecode (decoding, stack unwinding).

Ticks and bulk charges are inline (a few locals and instructions): calls to helpers made
Python function calls 25% slower (bench/results.md). Inline code adds about 24 bytes of JVM
bytecode per loop and 60 per bulk instruction, though.

--skip FUNC: leave FUNC's loops unmetered: the self-metered code (see above), and allocator and
  collector internals whose loops are bounded by the heap's size (metering dlmalloc would
  push it past HotSpot's 8000-byte JIT limit; metering the GC made allocation-heavy code 60%
  slower).
--call-ticks FUNC: tick FUNC's loops and charge its bulk instructions through calls to
  helpers, which keeps FUNC smaller: for functions that inline code would push past the
  8000-byte limit.
"""
import argparse
import re

TICK = "__mp4j_fuel_tick"
CHARGE = "__mp4j_fuel_charge"
EXHAUSTED = "mp4j_fuel_exhausted"
LEFT = "$__mp4j_left"  # the local an inline tick keeps the new fuel level in
BULK_LOCALS = ("$__mp4j_dest", "$__mp4j_src", "$__mp4j_len")  # an inline memory.copy/fill's operands
HOOK_IMPORT_RE = re.compile(r'^ \(import "mp4j_meter" "charge" \(func \$([^\s()]+) \(param i32\)\)\)$')
BYTES_PER_UNIT_SHIFT = 6  # one unit per 64 bytes copied or filled
BULK = {"memory.copy": "__mp4j_memory_copy", "memory.fill": "__mp4j_memory_fill"}


def take(units, indent=""):
    """Wat lines: fuel -= units; mp4j_fuel_exhausted() if it went negative. Uses local LEFT."""
    lines = ["(global.set $fuel",
             f" (local.tee {LEFT}",
             "  (i64.sub",
             "   (global.get $fuel)",
             *("   " + u for u in units),
             "  )",
             " )",
             ")",
             "(if",
             " (i64.lt_s",
             f"  (local.get {LEFT})",
             "  (i64.const 0)",
             " )",
             " (then",
             f"  (call ${EXHAUSTED})",
             " )",
             ")"]
    return [indent + line + "\n" for line in lines]


def helper(header, body_lines):
    return f" {header}\n  (local {LEFT} i64)\n" + "".join(body_lines) + " )\n"


def bulk_helper(instruction, operand):
    """memory.copy/fill behind a charge; copies under 64 bytes cost nothing and skip it."""
    return f""" (func ${BULK[instruction]} (param $dest i32) (param ${operand} i32) (param $len i32)
  (if
   (i32.shr_u
    (local.get $len)
    (i32.const {BYTES_PER_UNIT_SHIFT})
   )
   (then
    (call ${CHARGE}
     (i32.shr_u
      (local.get $len)
      (i32.const {BYTES_PER_UNIT_SHIFT})
     )
    )
   )
  )
  ({instruction}
   (local.get $dest)
   (local.get ${operand})
   (local.get $len)
  )
 )
"""


HELPERS = (helper(f"(func ${TICK}", take(["(i64.const 1)"], "  "))
           + helper(f"(func ${CHARGE} (param $units i32)", take(["(i64.extend_i32_u", " (local.get $units)", ")"], "  "))
           + bulk_helper("memory.copy", "src") + bulk_helper("memory.fill", "value"))

FUNC_RE = re.compile(r"^ \(func \$([^\s()]+)")


def split_operands(lines, i, indent):
    """The operands of the instruction whose line ends just before lines[i], one list of
    lines each (wasm-dis starts each operand on a line of its own, one space deeper);
    returns them and the index past the instruction's closing line."""
    operands = []
    while lines[i].rstrip("\n") != indent + ")":
        if lines[i].startswith(indent + " ("):
            operands.append([])
        operands[-1].append(lines[i])
        i += 1
    return operands, i + 1


def inline_bulk(instruction, operands, indent):
    """memory.copy/fill with its charge inline: operands into locals, in order, then the charge
    (one unit per 64 bytes, skipped under 64 bytes) and the instruction on the locals."""
    assert len(operands) == 3, f"{instruction} with {len(operands)} operands"
    out = []
    for local, operand in zip(BULK_LOCALS, operands):
        out.append(f"{indent}(local.set {local}\n")
        out.extend(operand)
        out.append(f"{indent})\n")
    # Not i32.ge_u: Chicory compiles that to a call (a workaround for a JVM bug), a shift is cheap.
    out.append(f"{indent}(if\n{indent} (i32.shr_u\n{indent}  (local.get {BULK_LOCALS[2]})\n"
               f"{indent}  (i32.const {BYTES_PER_UNIT_SHIFT})\n{indent} )\n{indent} (then\n")
    out.extend(take(["(i64.extend_i32_u", " (i32.shr_u", f"  (local.get {BULK_LOCALS[2]})",
                     f"  (i32.const {BYTES_PER_UNIT_SHIFT})", " )", ")"], indent + "  "))
    out.append(f"{indent} )\n{indent})\n")
    out.append(f"{indent}({instruction}\n")
    out.extend(f"{indent} (local.get {local})\n" for local in BULK_LOCALS)
    out.append(f"{indent})\n")
    return out


def meter_function(lines, loop_ticks, hook):
    """Meter one function's lines.

    loop_ticks: "inline", "call" or None (loops unmetered). Returns (lines, loops, charges from
    C, bulk instructions).
    """
    out, loops, charges, bulk, inline = [], 0, 0, 0, False
    hook_call = f"(call ${hook}"
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.lstrip(" ")
        indent = line[:len(line) - len(stripped)]
        i += 1
        if stripped.rstrip() == hook_call:
            # (call $hook <units expression>): an inline charge instead.
            (units,), i = split_operands(lines, i, indent)
            units = [u.rstrip("\n")[len(indent) + 1:] for u in units]
            out.extend(take(["(i64.extend_i32_u", *(" " + u for u in units), ")"], indent))
            charges += 1
            inline = True
            continue
        instruction = stripped.rstrip()[1:]
        if instruction in BULK:
            bulk += 1
            if loop_ticks != "call":
                operands, i = split_operands(lines, i, indent)
                out.extend(inline_bulk(instruction, operands, indent))
                inline = True
                continue
            line = line.replace("(" + instruction, f"(call ${BULK[instruction]}")
        out.append(line)
        if loop_ticks and stripped.startswith("(loop"):
            if loop_ticks == "inline":
                out.extend(take(["(i64.const 1)"], indent + " "))
                inline = True
            else:
                out.append(f"{indent} (call ${TICK})\n")
            loops += 1
    if inline:
        # wasm-dis puts each local on a line of its own after the header; the new one goes
        # last, so no local changes its index.
        at = 1
        while at < len(out) and out[at].lstrip(" ").startswith("(local "):
            at += 1
        out[at:at] = [f"  (local {LEFT} i64)\n"] + [f"  (local {l} i32)\n" for l in BULK_LOCALS]
    return out, loops, charges, bulk


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--skip", nargs="*", default=[])
    parser.add_argument("--call-ticks", nargs="*", default=[])
    args = parser.parse_args()

    lines = open(args.input).read().splitlines(keepends=True)
    hooks = [m.group(1) for m in map(HOOK_IMPORT_RE.match, lines) if m]
    if len(hooks) != 1:
        raise SystemExit(f"meter.py: expected one import of mp4j_meter.charge (i32), found {len(hooks)}")
    lines = [l for l in lines if not HOOK_IMPORT_RE.match(l)]

    out, func, body = [], None, []
    loops = charges = bulk = 0
    seen = set()

    def flush():
        nonlocal loops, charges, bulk
        if func is None:
            return
        mode = None if func in args.skip else "call" if func in args.call_ticks else "inline"
        metered, n_loops, n_charges, n_bulk = meter_function(body, mode, hooks[0])
        out.extend(metered)
        loops += n_loops
        charges += n_charges
        bulk += n_bulk
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

    missing = (set(args.skip) | set(args.call_ticks)) - seen
    if missing:
        raise SystemExit(f"meter.py: no such function: {', '.join(sorted(missing))}")
    if EXHAUSTED not in seen:
        raise SystemExit(f"meter.py: the module lacks ${EXHAUSTED} (port/fuel.c)")
    # Every bulk instruction must have been seen in the one form converted above.
    found = sum(1 for l in lines if re.search(r"\(memory\.(copy|fill)\b", l))
    if found != bulk:
        raise SystemExit(f"meter.py: {found} memory.copy/fill in the module, {bulk} of them charged")
    if charges == 0 or any(f"${hooks[0]}" in l for l in out):
        raise SystemExit(f"meter.py: the VM's charge hook ${hooks[0]} is not called, or not only by call")

    # The global and its export go after the last existing global; the helpers at the end.
    last_global = max(i for i, l in enumerate(out) if l.startswith(" (global "))
    out.insert(last_global + 1, ' (global $fuel (mut i64) (i64.const 0))\n')
    out.insert(last_global + 2, ' (export "fuel" (global $fuel))\n')
    module_end = max(i for i, l in enumerate(out) if l.startswith(")"))
    out.insert(module_end, HELPERS)
    with open(args.output, "w") as f:
        f.write("".join(out))
    print(f"meter.py: {loops} loops metered, {bulk} bulk copies charged, {charges} charges from C")


if __name__ == "__main__":
    main()

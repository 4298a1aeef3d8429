#!/usr/bin/env python3
"""Add deterministic fuel metering to a binaryen text module (wasm-dis output).

Usage: meter.py --mark-charges IN.wat OUT.wat
       meter.py IN.wat OUT.wat [--skip FUNC ...]

Every `loop` body starts with a tick, which takes one unit from the exported mutable i64
global "fuel" and calls the port's mp4j_fuel_exhausted() (fuel.c) when it goes negative.
Any code that runs long goes around some loop, so fuel bounds all work, in Python bytecode
and in C builtins alike, the same on every engine. The bulk-memory instructions memory.copy
and memory.fill do their work in one instruction, so each first charges one unit per 64
bytes (nothing under 64 bytes).

Some code meters itself, in C, through the placeholder import "mp4j_meter" "charge"
(port/mpconfigport.h), whose calls become inline charges here (first, before binaryen's
--spill-pointers, --mark-charges turns them into a global.set of a marker global: the pass
spills the pointers live across every call, and a spill before each charge made lookups and
calls slower than the charge itself): the bytecode VM charges the
bytes of bytecode it ran at every jump, return, yield and exception (patches/0009),
mp_map_lookup the probes it made (patches/0010), mp_setup_code_state per frame slot and
keyword (patches/0011). They go in --skip, since their loops are paid for by those charges
or bounded by the bytecode (decoding, stack unwinding).

Ticks and bulk charges are calls to small helpers: a call takes about 7 bytes of JVM bytecode
where the inline code took 24 (60 for a bulk charge), and the tick helper is small enough
(33 bytes) for HotSpot to inline wherever the caller's size allows. The JIT inlines by size,
so smaller metered functions are compiled more like unmetered ones (bench/results.md). The
charges from C are inline code: they are few, and in functions kept small.

--skip FUNC: leave FUNC's loops unmetered: the self-metered code (see above), and allocator and
  collector internals whose loops are bounded by the heap's size (metering dlmalloc would
  push it past HotSpot's 8000-byte JIT limit; metering the GC made allocation-heavy code 60%
  slower). Their bulk instructions are charged inline.
"""
import argparse
import re

TICK = "__mp4j_fuel_tick"
CHARGE = "__mp4j_fuel_charge"
EXHAUSTED = "mp4j_fuel_exhausted"
LEFT = "$__mp4j_left"  # the local an inline charge keeps the new fuel level in
BULK_LOCALS = ("$__mp4j_dest", "$__mp4j_src", "$__mp4j_len")  # an inline memory.copy/fill's operands
HOOK_IMPORT_RE = re.compile(r'^ \(import "mp4j_meter" "charge" \(func \$([^\s()]+) \(param i32\)\)\)$')
MARKER = "$__mp4j_charge"  # the global C's charges set between --mark-charges and metering
MARKER_GLOBAL = f" (global {MARKER} (mut i32) (i32.const 0))\n"
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


def insert_global(lines, global_lines):
    """Module lines with global_lines after the last global."""
    last_global = max(i for i, l in enumerate(lines) if l.startswith(" (global "))
    return lines[:last_global + 1] + global_lines + lines[last_global + 1:]


INDEX_NAMED_LOCAL_RE = re.compile(r"(\((?:param|local) |\(local\.(?:get|set|tee) )\$(\d+)\b")


def mark_charges(lines):
    """The module with its charge import replaced by MARKER: each call becomes a global.set.

    wasm-dis names unnamed locals by index ($3); assembled again, those become real names, and
    locals binaryen adds later (spills) get index names that can clash with them, so the
    locals are renamed ($l3)."""
    lines = [INDEX_NAMED_LOCAL_RE.sub(r"\1$l\2", line) for line in lines]
    hooks = [m.group(1) for m in map(HOOK_IMPORT_RE.match, lines) if m]
    if len(hooks) != 1:
        raise SystemExit(f"meter.py: expected one import of mp4j_meter.charge (i32), found {len(hooks)}")
    call = f"(call ${hooks[0]}"
    out, marked = [], 0
    for line in lines:
        if HOOK_IMPORT_RE.match(line):
            continue
        if line.strip() == call:
            line = line.replace(call, f"(global.set {MARKER}")
            marked += 1
        elif f"${hooks[0]}" in line:
            raise SystemExit(f"meter.py: ${hooks[0]} used other than by a call: {line.strip()}")
        out.append(line)
    if marked == 0:
        raise SystemExit(f"meter.py: the charge hook ${hooks[0]} is never called")
    print(f"meter.py: {marked} charges from C marked")
    return insert_global(out, [MARKER_GLOBAL])


def meter_function(lines, loop_ticks, marker):
    """Meter one function's lines.

    loop_ticks: True (a call to the tick helper in every loop, bulk instructions through
    helpers) or False (loops unmetered, bulk instructions charged inline). Returns (lines,
    loops, charges from C, bulk instructions).
    """
    out, loops, charges, bulk, inline = [], 0, 0, 0, False
    charge = f"(global.set {marker}"
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.lstrip(" ")
        indent = line[:len(line) - len(stripped)]
        i += 1
        if stripped.rstrip() == charge:
            # (global.set $marker <units expression>): an inline charge instead.
            (units,), i = split_operands(lines, i, indent)
            units = [u.rstrip("\n")[len(indent) + 1:] for u in units]
            out.extend(take(["(i64.extend_i32_u", *(" " + u for u in units), ")"], indent))
            charges += 1
            inline = True
            continue
        instruction = stripped.rstrip()[1:]
        if instruction in BULK:
            bulk += 1
            if not loop_ticks:
                operands, i = split_operands(lines, i, indent)
                out.extend(inline_bulk(instruction, operands, indent))
                inline = True
                continue
            line = line.replace("(" + instruction, f"(call ${BULK[instruction]}")
        out.append(line)
        if loop_ticks and stripped.startswith("(loop"):
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
    parser.add_argument("--mark-charges", action="store_true")
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--skip", nargs="*", default=[])
    args = parser.parse_args()

    lines = open(args.input).read().splitlines(keepends=True)
    if args.mark_charges:
        with open(args.output, "w") as f:
            f.write("".join(mark_charges(lines)))
        return
    if MARKER_GLOBAL not in lines:
        raise SystemExit(f"meter.py: no {MARKER} global: run meter.py --mark-charges first")
    lines = [l for l in lines if l != MARKER_GLOBAL]

    out, func, body = [], None, []
    loops = charges = bulk = 0
    seen = set()

    def flush():
        nonlocal loops, charges, bulk
        if func is None:
            return
        metered, n_loops, n_charges, n_bulk = meter_function(body, func not in args.skip, MARKER)
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

    missing = set(args.skip) - seen
    if missing:
        raise SystemExit(f"meter.py: no such function: {', '.join(sorted(missing))}")
    if EXHAUSTED not in seen:
        raise SystemExit(f"meter.py: the module lacks ${EXHAUSTED} (port/fuel.c)")
    # Every bulk instruction must have been seen in the one form converted above.
    found = sum(1 for l in lines if re.search(r"\(memory\.(copy|fill)\b", l))
    if found != bulk:
        raise SystemExit(f"meter.py: {found} memory.copy/fill in the module, {bulk} of them charged")
    if charges == 0 or any(MARKER in l for l in out):
        raise SystemExit(f"meter.py: no charge from C, or {MARKER} used other than by global.set")

    # The global and its export go after the last existing global; the helpers at the end.
    out = insert_global(out, [' (global $fuel (mut i64) (i64.const 0))\n', ' (export "fuel" (global $fuel))\n'])
    module_end = max(i for i, l in enumerate(out) if l.startswith(")"))
    out.insert(module_end, HELPERS)
    with open(args.output, "w") as f:
        f.write("".join(out))
    print(f"meter.py: {loops} loops metered, {bulk} bulk copies charged, {charges} charges from C")


if __name__ == "__main__":
    main()

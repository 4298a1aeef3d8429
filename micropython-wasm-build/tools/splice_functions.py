#!/usr/bin/env python3
"""Replace functions in one binaryen text module with their bodies from another.

Usage: splice_functions.py TARGET.wat SOURCE.wat OUT.wat NAME [NAME ...]

The build spills pointers (wasm-opt --spill-pointers) everywhere except in the bytecode
dispatch loop, whose Python values live on MicroPython's own value stack in linear memory:
spilling it would push it past HotSpot's JIT size limit. Both inputs are wasm-dis output of
the same module, so function, global and type names agree; a top-level item starts with a
line indented by exactly one space and "(".
"""
import sys


def split_items(text):
    """Split a module's text into its top-level items (header first)."""
    items, current = [], []
    for line in text.splitlines(keepends=True):
        if line.startswith(" (") and current:
            items.append("".join(current))
            current = []
        current.append(line)
    items.append("".join(current))
    return items


def func_name(item):
    if item.startswith(" (func $"):
        return item[len(" (func $"):].split(maxsplit=1)[0].rstrip(")")
    return None


def main():
    target, source, out, *names = sys.argv[1:]
    source_funcs = {func_name(i): i for i in split_items(open(source).read()) if func_name(i)}
    items = split_items(open(target).read())
    replaced = set()
    for n, item in enumerate(items):
        name = func_name(item)
        if name in names:
            items[n] = source_funcs[name]
            replaced.add(name)
    missing = set(names) - replaced
    if missing:
        sys.exit(f"splice_functions: not found: {', '.join(sorted(missing))}")
    with open(out, "w") as f:
        f.write("".join(items))


if __name__ == "__main__":
    main()

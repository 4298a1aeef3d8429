#!/usr/bin/env python3
"""List a wasm module's functions by code size (bytes of wasm body), largest first.

Usage: wasm_funcs.py module.wasm [N]   (names come from the name section; keep it with -g)
       wasm_funcs.py module.wasm --index NAME   prints NAME's function index (imports
       count first, so it is also N in Chicory's compiled method func_N)
"""
import sys


def leb(data, pos):
    result = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, pos


def sections(data):
    pos = 8
    while pos < len(data):
        sid = data[pos]
        size, pos = leb(data, pos + 1)
        yield sid, data[pos:pos + size]
        pos += size


def parse(data):
    """(number of imported functions, {function index: name}, [code size per defined function])."""
    imported = 0
    names = {}
    sizes = []
    for sid, body in sections(data):
        if sid == 2:  # imports
            count, pos = leb(body, 0)
            for _ in range(count):
                for _ in range(2):
                    n, pos = leb(body, pos)
                    pos += n
                kind = body[pos]
                pos += 1
                if kind == 0:
                    _, pos = leb(body, pos)
                    imported += 1
                elif kind == 1:
                    pos += 1
                    flags, pos = leb(body, pos)
                    _, pos = leb(body, pos)
                    if flags & 1:
                        _, pos = leb(body, pos)
                elif kind == 2:
                    flags, pos = leb(body, pos)
                    _, pos = leb(body, pos)
                    if flags & 1:
                        _, pos = leb(body, pos)
                elif kind == 3:
                    pos += 2
                elif kind == 4:
                    pos += 1
                    _, pos = leb(body, pos)
        elif sid == 10:  # code
            count, pos = leb(body, 0)
            for _ in range(count):
                size, pos = leb(body, pos)
                sizes.append(size)
                pos += size
        elif sid == 0:  # custom: name section
            n, pos = leb(body, 0)
            if body[pos:pos + n] != b"name":
                continue
            pos += n
            while pos < len(body):
                sub = body[pos]
                size, pos = leb(body, pos + 1)
                end = pos + size
                if sub == 1:
                    count, p = leb(body, pos)
                    for _ in range(count):
                        idx, p = leb(body, p)
                        ln, p = leb(body, p)
                        names[idx] = body[p:p + ln].decode("utf-8", "replace")
                        p += ln
                pos = end
    return imported, names, sizes


def function_sizes(data):
    imported, names, sizes = parse(data)
    return [(names.get(imported + i, f"func{imported + i}"), s) for i, s in enumerate(sizes)]


def function_index(data, name):
    """The index of the function called NAME (imported functions come first), or None."""
    _, names, _ = parse(data)
    return next((idx for idx, n in names.items() if n == name), None)


if __name__ == "__main__":
    data = open(sys.argv[1], "rb").read()
    if len(sys.argv) > 3 and sys.argv[2] == "--index":
        index = function_index(data, sys.argv[3])
        if index is None:
            sys.exit(f"no function named {sys.argv[3]}")
        print(index)
        sys.exit(0)
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    funcs = sorted(function_sizes(data), key=lambda f: -f[1])
    for name, size in funcs[:top]:
        print(f"{size:8d}  {name}")

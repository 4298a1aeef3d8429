#!/usr/bin/env python3
"""Writes the summary at the top of bench/results.md: issue 15's table of targets, each with the
figure measured, whether it is met, and the results file (with its date and load) it comes from.

    python3 bench/summarize.py            # run by bench/run-bench.sh after the other benchmarks

Reads bench/sessions.md (bench/run-session-bench.sh), bench/perf-results.md
(bench/perf-bench.sh), bench/import-times.md (bench/run-import-bench.sh) and the interpreter
part of bench/results.md (bench/run-bench.sh); a figure whose file is missing shows as "not
measured". The block between the SUMMARY markers is replaced; the rest of results.md is kept.
Where a target is missed, bench/where-the-time-goes.md holds the measured profile that explains
the gap (written by hand from profiles, with their commands and dates).
"""

import os
import re
import sys

BENCH = os.path.dirname(os.path.abspath(__file__))
BEGIN = "<!-- SUMMARY BEGIN (bench/summarize.py) -->"
END = "<!-- SUMMARY END -->"


def read(name):
    path = os.path.join(BENCH, name)
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return f.read()


def provenance(text, name):
    """'file (date; load before/after)' for a results file."""
    if text is None:
        return "`%s`: missing" % name
    date = re.search(r"^- date: ([^;\n]*)", text, re.M)
    load = re.search(r"load average before / after: ([0-9. ]+/[0-9. ]+)", text)
    if load is None:
        load = re.search(r"load average before ([0-9. ]+), after ([0-9. ]+)", text)
        load_text = "%s / %s" % (load.group(1), load.group(2)) if load else "?"
    else:
        load_text = load.group(1).strip()
    return "[%s](%s) (%s; load %s)" % (name, name, date.group(1) if date else "date ?", load_text)


def table_cell(text, label_start):
    """The 'measured' cell of the row of a markdown table whose first cell starts with label_start."""
    if text is None:
        return None
    for line in text.splitlines():
        if line.startswith("| " + label_start):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            return cells[1]
    return None


def number(cell):
    """The first number in a cell ('128.33 µs (104.19)' -> 128.33)."""
    if cell is None:
        return None
    m = re.search(r"-?[0-9][0-9,]*(?:\.[0-9]+)?", cell)
    return float(m.group(0).replace(",", "")) if m else None


def verdict(value, limit):
    if value is None:
        return "not measured"
    return "**met**" if value <= limit else "**not met**"


def main():
    sessions = read("sessions.md")
    perf = read("perf-results.md")
    imports = read("import-times.md")
    rows = []

    def session_row(figure, label, limit, unit_scale=1.0, target=""):
        cell = table_cell(sessions, label)
        value = number(cell)
        rows.append((figure, cell or "not measured", target,
                     verdict(None if value is None else value * unit_scale, limit), "sessions"))

    session_row("first session + `print(\"hi\")` in a fresh JVM", "first session", 300, target="≤ 300 ms")
    session_row("CLI `-c 'print(\"hi\")'` process (wall)", "CLI", 0.4, target="≤ 0.4 s")
    session_row("same CLI through `scripts/micropython4j` (AppCDS)", "same CLI through", 0.4, target="≤ 0.4 s")
    session_row("new session + first run", "new session", 1000, target="≤ 1 ms")
    session_row("`run(\"x += 1\")` round trip", "`run(", 50, target="≤ 50 µs")
    session_row("same, code the session has not run before", "`run(\"x += N", 50, target="(≤ 50 µs)")
    session_row("host-function call round trip", "host-function", 20, target="≤ 20 µs")
    session_row("idle session heap", "idle session: heap", 1024, target="≤ 1 MiB")
    session_row("1,000 idle sessions, process RSS", "1000 idle sessions: process RSS", 1536, target="≤ 1.5 GB")
    threads = table_cell(sessions, "1000 idle sessions: live threads")
    if threads:
        before, after = (int(x) for x in re.findall(r"[0-9]+", threads)[:2])
        rows.append(("1,000 idle sessions, live threads before / after", threads,
                     "no thread per idle session", "**met**" if after - before < 100 else "**not met**", "sessions"))

    if perf is not None:
        m = re.search(r"\*\*geomean ([0-9.]+)x\*\*, highest (\S+) ([0-9.]+)x", perf)
        if m:
            geomean, worst_name, worst = float(m.group(1)), m.group(2), float(m.group(3))
            rows.append(("perf_bench geomean vs native", "%.2fx" % geomean, "≤ 5x",
                         verdict(geomean, 5), "perf"))
            rows.append(("perf_bench highest ratio", "%.2fx (%s)" % (worst, worst_name), "≤ 8x",
                         verdict(worst, 8), "perf"))
    if imports is not None:
        worst = None
        for line in imports.splitlines():
            m = re.match(r"\| `([^`]+)` \| (-?[0-9.]+) \|", line)
            if m and (worst is None or float(m.group(2)) > worst[1]):
                worst = (m.group(1), float(m.group(2)))
        if worst:
            rows.append(("slowest standard-library import (issue 14)", "%.2f ms (`%s`)" % (worst[1], worst[0]),
                         "< 5 ms", verdict(worst[1], 4.999), "imports"))

    sources = {
        "sessions": provenance(sessions, "sessions.md"),
        "perf": provenance(perf, "perf-results.md"),
        "imports": provenance(imports, "import-times.md"),
    }
    out = [BEGIN, "", "## Summary: issue 15's targets", ""]
    out.append("Made by `bench/summarize.py` from the results files named in the last column; each "
               "file records its command, machine and load. Where a target is not met, "
               "[where-the-time-goes.md](where-the-time-goes.md) gives the measured profile "
               "that explains the gap.")
    out.append("")
    out.append("| figure | measured | target | | from |")
    out.append("|---|---|---|---|---|")
    for figure, measured, target, met, source in rows:
        out.append("| %s | %s | %s | %s | %s |" % (figure, measured, target, met, source))
    out.append("")
    for key in ("sessions", "perf", "imports"):
        out.append("- %s: %s" % (key, sources[key]))
    out.append("- the interpreter figures (fib, loop, GC-heavy, metering cost, JIT check): below")
    out.append("")
    out.append(END)
    block = "\n".join(out)

    results_path = os.path.join(BENCH, "results.md")
    results = read("results.md") or "# Benchmark results\n"
    if BEGIN in results and END in results:
        results = results[:results.index(BEGIN)] + block + results[results.index(END) + len(END):]
    else:
        first_break = results.index("\n") + 1
        results = results[:first_break] + "\n" + block + "\n" + results[first_break:]
    with open(results_path, "w", encoding="utf-8") as f:
        f.write(results)
    print("summarize: wrote the summary of %d figures into %s" % (len(rows), results_path), file=sys.stderr)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Pools the PAIR lines of several PairedBenchmark JVMs (bench/run-bench.sh).

Usage: pool_pairs.py paired.out  -> "key value" lines for run-bench.sh's report, per script:
unmetered_NAME / paired_NAME (min and median ms of each build), cost_ratio_NAME (the median of
every per-pair ratio), cost_ratio_by_jvm_NAME (each JVM's median ratio), unmetered_result_NAME.
"""
import re
import statistics
import sys


def field(line, key):
    return re.search(rf"\b{key}=(\S+)", line).group(1)


def main():
    lines = [l for l in open(sys.argv[1]) if l.startswith("PAIR ")]
    for name in dict.fromkeys(field(l, "name") for l in lines):
        mine = [l for l in lines if field(l, "name") == name]
        ratios = [float(r) for l in mine for r in field(l, "ratios").split(",")]
        for key, build in (("unmetered", "base"), ("paired", "test")):
            low = min(float(field(l, f"{build}_min_ms")) for l in mine)
            mid = statistics.median(float(field(l, f"{build}_median_ms")) for l in mine)
            print(f"{key}_{name} {low:.1f} {mid:.1f}")
        print(f"cost_ratio_{name} {statistics.median(ratios):.4f}")
        print(f"cost_ratio_by_jvm_{name} {' '.join(field(l, 'ratio_median') for l in mine)}")
        print(f"unmetered_result_{name} {field(mine[-1], 'base_result').split(':')[0]}")


if __name__ == "__main__":
    main()

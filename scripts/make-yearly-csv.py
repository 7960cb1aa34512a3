#!/usr/bin/env python3
"""Writes a synthetic yearly-figures CSV with valid credit codes, for tests and benchmarks.
usage: make-yearly-csv.py ROWS OUT.csv   (firms × years 2021–2025, deterministic)"""
import os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from synthetic_registry import TOWNS, INDUSTRIES, FIGURES_HEADER, code  # noqa: E402
HEADER = FIGURES_HEADER

def main():
    rows, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(2022)
    with open(out, "w", encoding="utf-8") as f:
        f.write(HEADER + "\n")
        for i in range(rows):
            firm, year = divmod(i, 5)
            revenue = round(rng.lognormvariate(7.2, 1.2), 2)
            f.write(f"{code(firm)},鹤山市测试{firm}有限公司,{TOWNS[firm % 10]},{INDUSTRIES[firm % 8]},{2021 + year},"
                    f"{revenue},{revenue * 0.95:.2f},{revenue * 0.24:.2f},{revenue * 0.03:.2f},{revenue * 0.02:.2f},"
                    f"{revenue * 0.03:.2f},{revenue * 0.0001:.4f},{revenue * 0.02:.2f},{max(1, int(revenue / 50))},"
                    f"{max(1, revenue / 80):.1f},{1 if revenue >= 2000 else 0}\n")

main()

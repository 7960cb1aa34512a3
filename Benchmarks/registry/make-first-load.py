#!/usr/bin/env python3
"""Writes the files of a large registry's first load: FIRMS firms (enterprises.csv) and one
yearly-figures row for each (figures.csv), each file in its own random credit-code order, as
a statistics bureau's export arrives. Deterministic.
usage: make-first-load.py FIRMS OUTDIR"""
import os, random, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../scripts"))
from synthetic_registry import TOWNS, INDUSTRIES, FIGURES_HEADER, code  # noqa: E402

def main():
    firms, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(2026)
    codes = [code(serial) for serial in range(firms)]
    order = list(range(firms))
    rng.shuffle(order)
    with open(os.path.join(out, "enterprises.csv"), "w", encoding="utf-8") as f:
        f.write("credit_code,name,town,industry\n")
        for firm in order:
            f.write(f"{codes[firm]},鹤山市测试{firm}有限公司,{TOWNS[firm % 10]},{INDUSTRIES[firm % 8]}\n")
    rng.shuffle(order)
    with open(os.path.join(out, "figures.csv"), "w", encoding="utf-8") as f:
        f.write(FIGURES_HEADER + "\n")
        for firm in order:
            revenue = round(rng.lognormvariate(7.2, 1.2), 2)
            f.write(f"{codes[firm]},鹤山市测试{firm}有限公司,{TOWNS[firm % 10]},{INDUSTRIES[firm % 8]},2024,"
                    f"{revenue},{revenue * 0.95:.2f},{revenue * 0.24:.2f},{revenue * 0.03:.2f},{revenue * 0.02:.2f},"
                    f"{revenue * 0.03:.2f},{revenue * 0.0001:.4f},{revenue * 0.02:.2f},{max(1, int(revenue / 50))},"
                    f"{max(1, revenue / 80):.1f},{1 if revenue >= 2000 else 0}\n")

main()

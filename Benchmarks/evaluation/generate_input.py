#!/usr/bin/env python3
"""Writes a deterministic input file for `baiqiang evaluate` (its input file's columns).

Usage: generate_input.py OUT.csv [ROWS]   (default 1,000,000 rows, seed fixed)

Every figure is a multiple of 1/8, so sums of a million of them are exact in binary floating
point: the aggregate benchmarks then come out bit-identical whatever order an engine adds in,
and our output can be compared with DuckDB's byte for byte.
"""
import random
import sys

TOWNS = ["沙坪街道", "雅瑶镇", "古劳镇", "桃源镇", "鹤城镇", "共和镇", "址山镇", "宅梧镇", "双合镇", "龙口镇"]
INDUSTRIES = ["C13", "C17", "C26", "C29", "C30", "C33", "C34", "C35", "C38", "C39"]
ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # the 31 characters GB 32100 allows


def eighths(rng, low, high):
    """A value in [low, high) rounded to a multiple of 1/8, printed exactly."""
    value = round(rng.uniform(low, high) * 8) / 8
    return repr(value) if value != int(value) else str(int(value))


def maybe(rng, share_missing, text):
    return "" if rng.random() < share_missing else text


def main():
    out = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    rng = random.Random(20240501)
    # Distinct organisation codes in shuffled order, so the file is not already sorted.
    serials = rng.sample(range(31 ** 6), rows)
    header = ("credit_code,name,town,industry,scale,land_mu,tax_wan,value_added_wan,revenue_wan,"
              "energy_tce,emission_t,electricity_wkwh,rd_wan,staff,start_year,flags\n")
    previous = None
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(header)
        for i in range(rows):
            s = serials[i]
            digits = "".join(ALPHABET[(s // 31 ** k) % 31] for k in range(6))
            code = "91440784" + "MA" + digits + ALPHABET[i % 31] + ALPHABET[(s * 7) % 31]
            name = f"鹤山市第{i}号制造有限公司"
            if i % 997 == 0:
                name = f'"鹤山市{i}号, ""精密""制造有限公司"'
            town = TOWNS[rng.randrange(len(TOWNS))]
            industry = INDUSTRIES[rng.randrange(len(INDUSTRIES))]
            if previous is not None and rng.random() < 0.01:
                # Same figures as the previous firm: equal scores, ranked by credit code.
                figures = previous
            else:
                above = rng.random() < 0.8
                scale = "above" if above else "below"
                land = eighths(rng, 3, 300) if above else eighths(rng, 0.5, 40)
                tax = eighths(rng, 0, 8000) if above else eighths(rng, 0, 300)
                va = eighths(rng, 100, 40000) if above else eighths(rng, 10, 1500)
                revenue = eighths(rng, 2000, 200000) if above else eighths(rng, 100, 2000)
                energy = maybe(rng, 0.02, eighths(rng, 10, 20000))
                emission = maybe(rng, 0.10, eighths(rng, 0.125, 50))
                electricity = maybe(rng, 0.03, eighths(rng, 10, 5000))
                rd = maybe(rng, 0.05, eighths(rng, 0, 5000))
                staff = str(rng.randrange(5, 3000))
                start = str(rng.randrange(1985, 2025))
                r = rng.random()
                flags = ("veto" if r < 0.01 else "utility" if r < 0.02 else "upgraded" if r < 0.05
                         else "veto;upgraded" if r < 0.055 else "")
                figures = (scale, land, tax, va, revenue, energy, emission, electricity, rd, staff, start, flags)
            previous = figures
            f.write(",".join((code, name, town, industry) + figures) + "\n")


if __name__ == "__main__":
    main()

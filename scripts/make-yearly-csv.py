#!/usr/bin/env python3
"""Writes a synthetic yearly-figures CSV with valid credit codes, for tests and benchmarks.
usage: make-yearly-csv.py ROWS OUT.csv   (firms × years 2021–2025, deterministic)"""
import random, sys

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
TOWNS = ["shaping", "yayao", "gulao", "taoyuan", "hecheng", "gonghe", "zhishan", "zhaiwu", "shuanghe", "longkou"]
INDUSTRIES = ["3311", "3981", "3985", "3825", "2927", "3360", "3489", "2922"]
HEADER = ("credit_code,name,town,industry,year,revenue_wan,output_wan,value_added_wan,tax_wan,electricity_wkwh,"
          "energy_tce,emission_t,rd_wan,staff,land_mu,above_scale")

def code(serial):
    body = "914407849" + format(serial, "08d")
    total = sum(ALPHA.index(c) * w for c, w in zip(body, WEIGHTS))
    return body + ALPHA[(31 - total % 31) % 31]

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

#!/usr/bin/env python3
"""A province of UNITS county-level units for the comparison page benchmark: a prefecture profile
(YAML, the format of Resources/counties/jiangmen.yaml) listing them, and a regional-figures CSV
(the columns `baiqiang import regional-figures` reads) with every indicator for six years and
the months of the latest one, cumulative months rising. Jiangmen's seven real units are among
them so the installation's county (鹤山市, 440784) is one; the others are named 基准县NNN.
Deterministic (seeded). Usage: make-province.py UNITS PROFILE.yaml FIGURES.csv"""
import csv
import random
import sys

units_wanted = int(sys.argv[1]) if len(sys.argv) > 1 else 122
profile_path, figures_path = sys.argv[2], sys.argv[3]
rng = random.Random(20261203)
jiangmen = [("440703", "蓬江区", "Pengjiang District"), ("440704", "江海区", "Jianghai District"),
            ("440705", "新会区", "Xinhui District"), ("440781", "台山市", "Taishan"), ("440783", "开平市", "Kaiping"),
            ("440784", "鹤山市", "Heshan"), ("440785", "恩平市", "Enping")]
units = list(jiangmen)
serial = 0
while len(units) < units_wanted:
    serial += 1
    prefecture = 1 + serial // 90
    code = f"44{prefecture:02d}{serial % 90 + 10:02d}"
    if any(code == u[0] for u in units):
        continue
    units.append((code, f"基准县{serial:03d}", f"Bench county {serial:03d}"))
indicators = ["地区生产总值", "规上工业增加值", "规上工业总产值", "固定资产投资", "工业投资", "税收收入", "工业用电量",
              "实际利用外资", "一般公共预算收入"]
with open(profile_path, "w", encoding="utf-8") as out:
    out.write("# Benchmark only: a province of generated county-level units (not published figures).\n")
    out.write('code: "449900"\nname: {zh: 广东省（基准测试）, en: Guangdong (benchmark)}\nunits:\n')
    for code, zh, en in units:
        out.write(f'  - {{code: "{code}", name: {{zh: {zh}, en: {en}}}}}\n')
    out.write("figures: []\nprefectureTotals: []\n")
with open(figures_path, "w", encoding="utf-8-sig", newline="") as out:
    writer = csv.writer(out)
    writer.writerow(["区县", "指标", "期间", "数值", "增速", "发布机构", "标题", "发布日期", "网址", "转载件", "更正原因"])
    for code, zh, _ in units:
        for indicator in indicators:
            base = rng.uniform(20, 900)
            for year in range(2019, 2025):
                base *= rng.uniform(0.97, 1.12)
                writer.writerow([zh, indicator, str(year), f"{base:.2f}", f"{rng.uniform(-5, 15):.1f}",
                                 "基准测试", f"{year}年基准数据", "", "", "", ""])
            monthly = 0.0
            for month in range(1, 11):
                monthly += base / 12 * rng.uniform(0.8, 1.2)
                writer.writerow([zh, indicator, f"2025-{month:02d}", f"{monthly:.2f}", f"{rng.uniform(-5, 15):.1f}",
                                 "基准测试", f"2025年1-{month}月基准数据", "", "", "", ""])
print(f"{len(units)} units, {len(units) * len(indicators) * 16} figures")

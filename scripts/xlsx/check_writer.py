#!/usr/bin/env python3
"""Reads the sample workbook written by XLSXWriterTests with openpyxl and checks every cell."""
import sys

from openpyxl import load_workbook

EXPECTED = [
    ["统一社会信用代码", "企业名称", "税收(万元)", "从业人员(人)", "是否规上"],
    ["91440784MA4UE0001R", "鹤山市示例电子有限公司", 800.25, 210, True],
    ["91440784MA4UE0002W", 'A&B <"厂">', -0.5, 0, False],
    ["91440784MA4UE0003T", None, 1e-7, 1000000, "鹤山市示例电子有限公司"],
]

workbook = load_workbook(sys.argv[1])
assert workbook.sheetnames == ["导出Export"], workbook.sheetnames
rows = [list(row) for row in workbook.active.iter_rows(values_only=True)]
assert rows == EXPECTED, rows
print("openpyxl read the XLSXWriter sample: %d rows as expected" % len(rows))

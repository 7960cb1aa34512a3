#!/usr/bin/env python3
"""Makes the openpyxl-written XLSX fixtures that Tests/BaiqiangCoreTests/Import/XLSXFixtures.swift
embeds as base64, so the XLSX reader is tested on files another implementation wrote.

Usage: python3 scripts/xlsx/make_fixtures.py   (needs `pip install openpyxl`)
Prints Swift source for the fixtures file on standard output.
"""
import base64
import io

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(body):
    """Completes a 17-character body with its GB 32100-2015 check character."""
    total = sum(ALPHABET.index(c) * w for c, w in zip(body, WEIGHTS))
    return body + ALPHABET[(31 - total % 31) % 31]


CHINESE_HEADER = ["统一社会信用代码", "企业名称", "镇街", "行业代码", "年份", "营业收入(万元)", "工业总产值(万元)",
                  "工业增加值(万元)", "税收(万元)", "用电量(万千瓦时)", "综合能耗(吨标准煤)", "主要污染物排放量(吨)",
                  "研发费用(万元)", "从业人员(人)", "用地面积(亩)", "是否规上"]


def named_sheet_workbook():
    """Two sheets; the data is on the second, named one, with rich text, a gap and booleans."""
    wb = Workbook()
    notes = wb.active
    notes.title = "说明"
    notes["A1"] = "本表由统计局提供"
    data = wb.create_sheet("2023年数据")
    data.append(CHINESE_HEADER)
    rich_name = CellRichText([TextBlock(InlineFont(b=True), "鹤山市"), "示例电子有限公司"])
    data.append([credit_code("91440784MA4UE0001"), rich_name, "沙坪街道", "3981", 2023, 25000.5, 30000, 6000,
                 800, 500, 1200, 0.8, 750, 210, 30, True])
    # A gap: output_wan (column G) left empty, and staff given as a number Excel stores as 120.
    row = [credit_code("91440784MA4UE0002"), "鹤山市示例五金制品厂", "雅瑶镇", "3311", 2023, 1800, None, 400,
           60, 80, 300, None, 20, 120, 12.5, False]
    data.append(row)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def merged_header_workbook():
    """A title merged across the first row above the header: the layout bureau sheets often have."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = "2023年规上工业企业主要指标"
    ws.merge_cells("A1:P1")
    ws.append(CHINESE_HEADER)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def swift_constant(name, data):
    encoded = base64.b64encode(data).decode()
    lines = [encoded[i:i + 100] for i in range(0, len(encoded), 100)]
    body = "\n".join(lines)
    return f'    static let {name} = Data(base64Encoded: """\n{body}\n""", options: .ignoreUnknownCharacters)!\n'


if __name__ == "__main__":
    print("import Foundation\n")
    print("/// XLSX files written by openpyxl 3.1 (scripts/xlsx/make_fixtures.py), embedded because the")
    print("/// test target has no resources: the reader is tested on files another implementation wrote.")
    print("enum XLSXFixtures {")
    print("    /// Sheets \"说明\" and \"2023年数据\"; the second has the Chinese yearly header and two rows:")
    print("    /// a rich-text name, booleans, and a gap (工业总产值 empty in row 3).")
    print(swift_constant("namedSheetWorkbook", named_sheet_workbook()))
    print("    /// A title merged over A1:P1 above the header row.")
    print(swift_constant("mergedHeaderWorkbook", merged_header_workbook()))
    print("}")

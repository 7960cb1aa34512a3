#!/usr/bin/env bash
# Checks that another implementation (openpyxl) reads the XLSX files Core's XLSXWriter makes.
# Usage: scripts/xlsx/check_writer.sh   (needs `pip install openpyxl`; run from the package root)
set -euo pipefail
sample="$(mktemp --suffix=.xlsx)"
trap 'rm -f "$sample"' EXIT
BAIQIANG_XLSX_SAMPLE="$sample" swift test --filter XLSXWriterTests >/dev/null
python3 "$(dirname "$0")/check_writer.py" "$sample"

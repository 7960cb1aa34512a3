#!/usr/bin/env python3
"""Runs zhejiang-6.sql in DuckDB: duckdb_evaluate.py IN.csv OUT.csv YEAR"""
import pathlib
import sys

import duckdb

source, target, year = sys.argv[1], sys.argv[2], int(sys.argv[3])
sql = (pathlib.Path(__file__).with_name("zhejiang-6.sql").read_text()
       .replace("{input}", source.replace("'", "''"))
       .replace("{output}", target.replace("'", "''"))
       .replace("{year}", str(year)))
duckdb.connect().execute(sql)

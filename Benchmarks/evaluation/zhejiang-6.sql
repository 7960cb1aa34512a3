-- The `zhejiang-6` evaluation (the input file's columns) in DuckDB SQL, the peer that
-- `baiqiang evaluate` is measured against. Placeholders {input}, {output}, {year} are filled
-- in by duckdb_evaluate.py. Two threads, as the benchmark states.
SET threads = 2;

CREATE MACRO item_ok(n, d) AS (n IS NOT NULL AND d > 0);

COPY (
WITH firms AS (
    SELECT *, string_split(coalesce(flags, ''), ';') AS flag_list
    FROM read_csv('{input}', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
        columns = {
            'credit_code': 'VARCHAR', 'name': 'VARCHAR', 'town': 'VARCHAR', 'industry': 'VARCHAR',
            'scale': 'VARCHAR', 'land_mu': 'DOUBLE', 'tax_wan': 'DOUBLE', 'value_added_wan': 'DOUBLE',
            'revenue_wan': 'DOUBLE', 'energy_tce': 'DOUBLE', 'emission_t': 'DOUBLE',
            'electricity_wkwh': 'DOUBLE', 'rd_wan': 'DOUBLE', 'staff': 'DOUBLE',
            'start_year': 'INTEGER', 'flags': 'VARCHAR'})
),
-- Rule 1: T, out, or rated in the group of its scale.
statused AS (
    SELECT *,
        CASE WHEN list_contains(flag_list, 'utility') OR {year} - start_year < 2 THEN 'T'
             WHEN scale = 'below' AND (land_mu IS NULL OR land_mu < 3) THEN 'out'
             ELSE 'rated' END AS status
    FROM firms
),
-- Rule 2: the items of each group as (numerator, denominator, weight); below-scale has two.
items AS (
    SELECT credit_code, scale, flag_list, start_year,
        tax_wan AS n1, land_mu AS d1, CASE scale WHEN 'above' THEN 30.0 ELSE 50.0 END AS w1,
        CASE scale WHEN 'above' THEN value_added_wan ELSE tax_wan END AS n2,
        CASE scale WHEN 'above' THEN land_mu ELSE electricity_wkwh END AS d2,
        CASE scale WHEN 'above' THEN 20.0 ELSE 50.0 END AS w2,
        CASE scale WHEN 'above' THEN value_added_wan END AS n3, energy_tce AS d3, 20.0 AS w3,
        CASE scale WHEN 'above' THEN value_added_wan END AS n4, emission_t AS d4, 10.0 AS w4,
        CASE scale WHEN 'above' THEN value_added_wan END AS n5, staff AS d5, 10.0 AS w5,
        CASE scale WHEN 'above' THEN rd_wan END AS n6, revenue_wan AS d6, 10.0 AS w6
    FROM statused WHERE status = 'rated'
),
-- Rule 3: aggregate benchmarks, Σnumerator / Σdenominator over the group's firms with the item.
benchmarks AS (
    SELECT scale,
        sum(n1) FILTER (WHERE item_ok(n1, d1)) / sum(d1) FILTER (WHERE item_ok(n1, d1)) AS b1,
        sum(n2) FILTER (WHERE item_ok(n2, d2)) / sum(d2) FILTER (WHERE item_ok(n2, d2)) AS b2,
        sum(n3) FILTER (WHERE item_ok(n3, d3)) / sum(d3) FILTER (WHERE item_ok(n3, d3)) AS b3,
        sum(n4) FILTER (WHERE item_ok(n4, d4)) / sum(d4) FILTER (WHERE item_ok(n4, d4)) AS b4,
        sum(n5) FILTER (WHERE item_ok(n5, d5)) / sum(d5) FILTER (WHERE item_ok(n5, d5)) AS b5,
        sum(n6) FILTER (WHERE item_ok(n6, d6)) / sum(d6) FILTER (WHERE item_ok(n6, d6)) AS b6
    FROM items GROUP BY scale
),
points AS (
    SELECT i.credit_code, i.scale, i.flag_list, i.start_year,
        CASE WHEN item_ok(n1, d1) THEN CASE WHEN b1 > 0 THEN w1 * ((n1 / d1) / b1) ELSE 0 END END AS p1,
        CASE WHEN item_ok(n2, d2) THEN CASE WHEN b2 > 0 THEN w2 * ((n2 / d2) / b2) ELSE 0 END END AS p2,
        CASE WHEN item_ok(n3, d3) THEN CASE WHEN b3 > 0 THEN w3 * ((n3 / d3) / b3) ELSE 0 END END AS p3,
        CASE WHEN item_ok(n4, d4) THEN CASE WHEN b4 > 0 THEN w4 * ((n4 / d4) / b4) ELSE 0 END END AS p4,
        CASE WHEN item_ok(n5, d5) THEN CASE WHEN b5 > 0 THEN w5 * ((n5 / d5) / b5) ELSE 0 END END AS p5,
        CASE WHEN item_ok(n6, d6) THEN CASE WHEN b6 > 0 THEN w6 * ((n6 / d6) / b6) ELSE 0 END END AS p6
    FROM items i JOIN benchmarks b USING (scale)
),
-- Rule 4: a missing item gets the mean points of the group's firms that have it.
fills AS (
    SELECT scale,
        coalesce(avg(p1), 0) AS m1, coalesce(avg(p2), 0) AS m2, coalesce(avg(p3), 0) AS m3,
        coalesce(avg(p4), 0) AS m4, coalesce(avg(p5), 0) AS m5, coalesce(avg(p6), 0) AS m6
    FROM points GROUP BY scale
),
scored AS (
    SELECT p.credit_code, p.scale, p.flag_list, p.start_year,
        coalesce(p1, m1) + coalesce(p2, m2) + coalesce(p3, m3) + coalesce(p4, m4)
            + coalesce(p5, m5) + coalesce(p6, m6) AS score
    FROM points p JOIN fills f USING (scale)
),
-- Rule 5: rank by score descending, ties by credit code; classes by ⌊0.20n⌋, ⌊0.60n⌋, ⌊0.95n⌋.
ranked AS (
    SELECT *,
        row_number() OVER (PARTITION BY scale ORDER BY score DESC, credit_code ASC) AS rank,
        count(*) OVER (PARTITION BY scale) AS n
    FROM scored
),
classed AS (
    SELECT *,
        CASE WHEN rank <= n * 20 // 100 THEN 'A' WHEN rank <= n * 60 // 100 THEN 'B'
             WHEN rank <= n * 95 // 100 THEN 'C' ELSE 'D' END AS rank_class
    FROM ranked
),
-- Rule 6: veto A/B → C; protection D → C for upgraded firms or those under 3 years.
adjusted AS (
    SELECT credit_code, score, rank,
        CASE WHEN list_contains(flag_list, 'veto') AND rank_class IN ('A', 'B') THEN 'C'
             WHEN (list_contains(flag_list, 'upgraded') OR {year} - start_year < 3) AND rank_class = 'D' THEN 'C'
             ELSE rank_class END AS class
    FROM classed
)
SELECT s.credit_code, s.scale AS "group",
    CASE WHEN s.status = 'rated' THEN printf('%.6f', a.score) END AS score,
    a.rank,
    CASE WHEN s.status = 'rated' THEN a.class ELSE s.status END AS class
FROM statused s LEFT JOIN adjusted a USING (credit_code)
ORDER BY s.credit_code
) TO '{output}' (HEADER, DELIMITER ',');

-- The peer of `baiqiang import enterprises`: the sqlite3 shell, run in the folder holding enterprises.csv.
.bail on
BEGIN;
CREATE TABLE staging_enterprises (credit_code TEXT, name TEXT, town TEXT, industry TEXT);
.import --csv --skip 1 enterprises.csv staging_enterprises
INSERT INTO enterprises (id, credit_code, name, town_id, industry_code, is_demo, created_at)
  SELECT randomblob(16), s.credit_code, s.name, t.id, s.industry, 0, unixepoch('subsec')
  FROM staging_enterprises s LEFT JOIN towns t ON t.code = s.town;
DROP TABLE staging_enterprises;
COMMIT;

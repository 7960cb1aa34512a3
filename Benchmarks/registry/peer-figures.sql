-- The peer of `baiqiang import figures`: the sqlite3 shell, run in the folder holding figures.csv.
.bail on
BEGIN;
CREATE TABLE staging_figures (credit_code TEXT, name TEXT, town TEXT, industry TEXT, year TEXT, revenue_wan TEXT,
  output_wan TEXT, value_added_wan TEXT, tax_wan TEXT, electricity_wkwh TEXT, energy_tce TEXT, emission_t TEXT,
  rd_wan TEXT, staff TEXT, land_mu TEXT, above_scale TEXT);
.import --csv --skip 1 figures.csv staging_figures
INSERT INTO enterprise_year_figures (credit_code, year, revenue_wan, output_wan, value_added_wan, tax_wan,
  electricity_wkwh, energy_tce, emission_t, rd_wan, staff, land_mu, above_scale)
  SELECT credit_code, year, NULLIF(revenue_wan, ''), NULLIF(output_wan, ''), NULLIF(value_added_wan, ''),
    NULLIF(tax_wan, ''), NULLIF(electricity_wkwh, ''), NULLIF(energy_tce, ''), NULLIF(emission_t, ''),
    NULLIF(rd_wan, ''), NULLIF(staff, ''), NULLIF(land_mu, ''), above_scale
  FROM staging_figures;
DROP TABLE staging_figures;
COMMIT;

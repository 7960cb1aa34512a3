-- The peer of `baiqiang import figures` on PostgreSQL: psql's \copy of the same file into a
-- staging table, then one INSERT … SELECT into the application's own table (same schema and
-- indexes: the database was migrated by `baiqiang migrate`), in one transaction. Run by psql in
-- the folder holding figures.csv.
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE staging_figures (credit_code text, name text, town text, industry text, year text, revenue_wan text,
  output_wan text, value_added_wan text, tax_wan text, electricity_wkwh text, energy_tce text, emission_t text,
  rd_wan text, staff text, land_mu text, above_scale text) ON COMMIT DROP;
\copy staging_figures FROM 'figures.csv' WITH (FORMAT csv, HEADER true)
INSERT INTO enterprise_year_figures (credit_code, year, revenue_wan, output_wan, value_added_wan, tax_wan,
  electricity_wkwh, energy_tce, emission_t, rd_wan, staff, land_mu, above_scale)
  SELECT credit_code, year::int, NULLIF(revenue_wan, '')::float8, NULLIF(output_wan, '')::float8,
    NULLIF(value_added_wan, '')::float8, NULLIF(tax_wan, '')::float8, NULLIF(electricity_wkwh, '')::float8,
    NULLIF(energy_tce, '')::float8, NULLIF(emission_t, '')::float8, NULLIF(rd_wan, '')::float8,
    NULLIF(staff, '')::int, NULLIF(land_mu, '')::float8, above_scale = '1'
  FROM staging_figures;
COMMIT;

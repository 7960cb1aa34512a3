-- The low-efficiency rules of Resources/land/low-efficiency-rules.yaml as one SQL query, run by
-- sqlite3 on the same database file the server reads (same schema, same indexes): the peer of
-- the server's evaluation of every parcel behind the /land totals. It gathers the same facts
-- (the holder's class in the latest evaluation run, the holder's tax in its latest year spread
-- over all its parcels by area) and tests each rule, then adds up what the list's totals show:
-- parcels, their area, parcels on which a rule fires and their area. The day is :today.
WITH
  params(today) AS (SELECT :today),
  latest_run AS (
    SELECT id FROM evaluation_runs WHERE county_code = '440784' ORDER BY year DESC, version DESC LIMIT 1),
  classes AS (
    SELECT credit_code, class FROM evaluation_results WHERE county_code = '440784' AND run_id = (SELECT id FROM latest_run)),
  taxes AS (
    SELECT credit_code, tax_wan FROM (
      SELECT credit_code, tax_wan, ROW_NUMBER() OVER (PARTITION BY credit_code ORDER BY year DESC) AS newest
      FROM enterprise_year_figures WHERE county_code = '440784' AND tax_wan IS NOT NULL)
    WHERE newest = 1),
  holder_areas AS (
    SELECT holder_credit_code, SUM(area_m2) AS area FROM land_parcels
    WHERE county_code = '440784' AND holder_credit_code IS NOT NULL GROUP BY holder_credit_code),
  flags AS (
    SELECT p.area_m2,
      coalesce(c.class = 'D', 0) AS class_d,
      coalesce(t.tax_wan / (a.area / (10000.0 / 15)) < 20, 0) AS tax_low,
      coalesce(p.plot_ratio < 1.0 OR p.plot_ratio < p.committed_plot_ratio, 0) AS plot_low,
      coalesce(date(p.contracted_start, '+1 years') <= today AND (p.actual_start IS NULL OR p.actual_start > today), 0) AS idle_1,
      coalesce(date(p.contracted_start, '+2 years') <= today AND (p.actual_start IS NULL OR p.actual_start > today), 0) AS idle_2,
      coalesce(today > date(p.approved_not_supplied_since, '+2 years'), 0) AS not_supplied,
      coalesce(p.checked_investment_intensity < p.committed_investment_intensity, 0)
        OR coalesce(p.checked_tax_per_mu < p.committed_tax_per_mu, 0) AS standard_unmet
    FROM land_parcels p CROSS JOIN params
    LEFT JOIN classes c ON c.credit_code = p.holder_credit_code
    LEFT JOIN taxes t ON t.credit_code = p.holder_credit_code
    LEFT JOIN holder_areas a ON a.holder_credit_code = p.holder_credit_code
    WHERE p.county_code = '440784'),
  fired AS (
    SELECT area_m2, (class_d OR tax_low OR plot_low OR idle_1 OR idle_2 OR not_supplied OR standard_unmet) AS low FROM flags)
SELECT COUNT(*) AS parcels, ROUND(SUM(area_m2) / (10000.0 / 15), 2) AS area_mu,
       SUM(low) AS low_efficiency, ROUND(SUM(CASE WHEN low THEN area_m2 ELSE 0 END) / (10000.0 / 15), 2) AS low_efficiency_mu
FROM fired;

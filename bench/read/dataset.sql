-- The read benchmark's dataset, generated inside PostgreSQL (run by bench/read-load.sh through psql):
-- 500 assets, 2,520 trading days of prices each (252 a year, 2015 to 2024), and 120 month-end
-- allocations of 50 assets each. Every value is a function of the asset's and the day's number, so
-- each load holds the same rows whatever ids the database hands out.
--
-- Symbols are four-digit codes (1000 to 1499, as on the Tokyo exchange): pgbench's variables are
-- integers, so pgbench can send the very statement the service sends (symbol = $1) with no string
-- function in between.
--
-- It loads straight into the tables rather than through PUT /api/v1/prices: this is the fastest
-- way in (no client transfer at all), and it measures nothing the read benchmark is about.
\set ON_ERROR_STOP on
BEGIN;

INSERT INTO assets (symbol, name, sector)
SELECT (1000 + i)::text,
       'Read benchmark asset ' || i,
       (ARRAY['Technology', 'Financials', 'Health Care', 'Energy', 'Industrials', 'Utilities',
              'Materials', 'Consumer'])[1 + i % 8]
FROM generate_series(0, 499) i
ORDER BY i;

-- 252 trading days a year: each year's weekdays, thinned evenly (i * 252 / n steps by 0 or 1)
CREATE TEMP TABLE trading_days ON COMMIT DROP AS
SELECT (row_number() OVER (ORDER BY date) - 1)::int AS day_no, date
FROM (
  SELECT g::date AS date,
         row_number() OVER (PARTITION BY extract(year FROM g) ORDER BY g) AS i,
         count(*) OVER (PARTITION BY extract(year FROM g)) AS n
  FROM generate_series(DATE '2015-01-01', DATE '2024-12-31', interval '1 day') g
  WHERE extract(isodow FROM g) < 6
) weekdays
WHERE (i * 252) / n > ((i - 1) * 252) / n;

INSERT INTO prices (asset_id, date, close, volume)
SELECT a.id,
       t.date,
       round((20 + (a.symbol::int - 1000) % 97 + 15 * sin(t.day_no / 30.0 + a.symbol::int))::numeric, 6),
       1000 + ((a.symbol::int - 1000) * 7919 + t.day_no * 104729) % 1000000
FROM assets a
CROSS JOIN trading_days t
WHERE a.symbol BETWEEN '1000' AND '1499'
ORDER BY a.id, t.date;

-- the last trading day of each month; month m holds assets (7m + 10k) mod 500 for k = 0..49,
-- weighted (k + 1) / 1275 (the weights of 1..50 sum to 1275)
INSERT INTO allocations (date, asset_id, weight)
SELECT m.date, a.id, round((k + 1)::numeric / 1275, 10)
FROM (
  SELECT max(date) AS date, (row_number() OVER (ORDER BY max(date)) - 1)::int AS month_no
  FROM trading_days
  GROUP BY date_trunc('month', date)
) m
CROSS JOIN generate_series(0, 49) k
JOIN assets a ON a.symbol = (1000 + (m.month_no * 7 + k * 10) % 500)::text
ORDER BY m.date, a.id;

COMMIT;
VACUUM (ANALYZE) assets, prices, allocations;

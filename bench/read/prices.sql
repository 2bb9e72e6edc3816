-- GET /api/v1/assets/{symbol}/prices?from=Y-01-01&to=Y-12-31: PriceMapper.findRange, the first page
-- (limit 1000, reads one row more), the symbol resolved by its subquery. The service sends the dates
-- as date parameters; pgbench's variables are integers, hence make_date.
\set n random(:first_symbol, :last_symbol)
\set y random(:first_year, :last_year)
SELECT date, close, volume FROM prices WHERE asset_id = (SELECT id FROM assets WHERE symbol = CAST(:n AS text)) AND date BETWEEN make_date(:y, 1, 1) AND make_date(:y, 12, 31) ORDER BY date LIMIT 1000 + 1;

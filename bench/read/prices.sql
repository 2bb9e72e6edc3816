-- GET /api/v1/assets/{symbol}/prices?from=Y-01-01&to=Y-12-31: AssetMapper.findBySymbol, then
-- PriceMapper.findRange on the asset's id (the first page, limit 1000, reads one row more). The
-- service sends the dates as date parameters; pgbench's variables are integers, hence make_date.
\set n random(:first_symbol, :last_symbol)
\set y random(:first_year, :last_year)
SELECT id, symbol, name, sector, created_at, updated_at FROM assets WHERE symbol = :n \gset a_
SELECT date, close, volume FROM prices WHERE asset_id = :a_id AND date BETWEEN make_date(:y, 1, 1) AND make_date(:y, 12, 31) ORDER BY date LIMIT 1000 + 1;

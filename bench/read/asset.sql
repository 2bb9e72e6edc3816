-- GET /api/v1/assets/{symbol}: AssetMapper.findBySymbol
\set n random(:first_symbol, :last_symbol)
SELECT id, symbol, name, sector, created_at, updated_at FROM assets WHERE symbol = :n;

-- GET /api/v1/allocations?date=D: AllocationMapper.findAsOf, D a random day from the first
-- allocation's date on
\set d random(0, :alloc_days)
SELECT l.date, a.symbol, l.asset_id, a.name, l.weight FROM allocations l JOIN assets a ON a.id = l.asset_id WHERE l.date = (SELECT max(date) FROM allocations WHERE date <= CAST(:alloc_from AS date) + CAST(:d AS integer)) ORDER BY a.symbol;

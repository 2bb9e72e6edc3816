-- wrk script of the read benchmark (bench/read-load.sh). Arguments after "--":
--   read  first_symbol  symbols  first_year  years  alloc_from_epoch_s  alloc_days
-- read is asset, prices, allocation or health. Each wrk thread draws its symbols, years and dates
-- from its own generator seeded with a fixed number and its thread number, so every run asks the
-- same sequence of requests (only how far it gets in the time differs).
-- done() prints one RESULT line for the script to read: wrk's own "Non-2xx or 3xx" count misses
-- 1xx and 3xx answers, so the answers outside 200..299 are counted here.

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("thread_no", counter)
  table.insert(threads, thread)
end

local read, first_symbol, symbols, first_year, years, alloc_from, alloc_days

function init(args)
  read = args[1]
  first_symbol, symbols = tonumber(args[2]), tonumber(args[3])
  first_year, years = tonumber(args[4]), tonumber(args[5])
  alloc_from, alloc_days = tonumber(args[6]), tonumber(args[7])
  math.randomseed(7 * 1000003 + thread_no)
  not_2xx = 0
end

local function symbol()
  return tostring(first_symbol + math.random(0, symbols - 1))
end

function request()
  local path
  if read == "asset" then
    path = "/api/v1/assets/" .. symbol()
  elseif read == "prices" then
    local year = first_year + math.random(0, years - 1)
    path = "/api/v1/assets/" .. symbol() .. "/prices?from=" .. year .. "-01-01&to=" .. year .. "-12-31"
  elseif read == "allocation" then
    path = "/api/v1/allocations?date=" .. os.date("!%Y-%m-%d", alloc_from + 86400 * math.random(0, alloc_days))
  else
    path = "/health/ready"
  end
  return wrk.format("GET", path)
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    not_2xx = not_2xx + 1
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("not_2xx")
  end
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.3f rps=%.1f p50_ms=%.2f p99_ms=%.2f socket_errors=%d not_2xx=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout, bad))
end

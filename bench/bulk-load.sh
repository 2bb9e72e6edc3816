#!/usr/bin/env bash
# Bulk-load benchmark: how close PUT /api/v1/prices comes to PostgreSQL's own COPY speed.
#
#   bench/bulk-load.sh [ROWS]          (default 1000000; see README.md, "Benchmark")
#
# On one PostgreSQL it loads the same generated price rows these ways and prints rows/s:
#   1. psql's \copy straight into a table created LIKE prices INCLUDING ALL: the floor, PostgreSQL's
#      own speed for the same rows, keys and checks;
#   2. for reference, \copy into such a table that also has prices' foreign key to assets, which
#      LIKE leaves out and every row the API stores must pass;
#   3. PUT /api/v1/prices with the rows as CSV, all of them new;
#   4. the same body again, every row now an update that changes nothing (a re-sent file);
#   5. the rows with every volume changed, every row an update that rewrites it;
# each with its ratio to the floor, and the service's peak heap while it loaded (-Xmx256m).
#
# The service is the packaged jar (built when missing) on its embedded PostgreSQL, or on
# DATABASE_URL (postgres://user:pass@host:port/db, which psql must reach too) when that is set;
# then the benchmark works on assets of its own and removes them and their prices afterwards.
# Environment: SYMBOLS (default 500), ADMIN_EMAIL / ADMIN_PASSWORD (default: generated), RUNS (how
# many times to repeat the loads, default 3; each load's median is printed, since other work on the
# machine can slow any single load).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
ROWS=${1:-${ROWS:-1000000}}
SYMBOLS=${SYMBOLS:-500}
RUNS=${RUNS:-3}
OUT=$ROOT/bench/out/bulk
JAR=$ROOT/bootstrap/target/pindex.jar
PREFIX=^BENCH # ^ marks index-like symbols; no listed asset starts with it
ADMIN_EMAIL=${ADMIN_EMAIL:-bench-admin@pindex.invalid}
ADMIN_PASSWORD=${ADMIN_PASSWORD:-bench-$RANDOM-$RANDOM-$RANDOM}
SERVICE_PID=

BENCH_NAME="bulk bench"
# shellcheck source=bench/common.sh
source "$ROOT/bench/common.sh"

remove_benchmark_rows() {
  psql_do "DELETE FROM prices WHERE asset_id IN (SELECT id FROM assets WHERE symbol LIKE '${PREFIX}%');
           DELETE FROM assets WHERE symbol LIKE '${PREFIX}%';
           DROP TABLE IF EXISTS bench_floor; DROP TABLE IF EXISTS bench_floor_fk;"
}

cleanup() {
  if [[ -n ${DATABASE_URL:-} && -n ${PSQL_URL:-} ]]; then
    remove_benchmark_rows >/dev/null 2>&1 || log "bench: could not remove the benchmark's rows from DATABASE_URL"
  fi
  if [[ -n $SERVICE_PID ]] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill -TERM "$SERVICE_PID" && wait "$SERVICE_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT

psql_do() { PGOPTIONS="-c client_min_messages=warning" psql "$PSQL_URL" -X -q -v ON_ERROR_STOP=1 -At -c "$1"; }

# --- tools -----------------------------------------------------------------------------------
command -v psql >/dev/null || install_package postgresql-client
for tool in java curl psql; do command -v "$tool" >/dev/null || die "$tool is required"; done
if [[ ! -f $JAR ]]; then
  log "building $JAR"
  (cd "$ROOT" && mvn -B -ntp -q package -DskipTests) >&2
fi

rm -rf "$OUT" && mkdir -p "$OUT"

# --- the service -----------------------------------------------------------------------------
PORT=$(free_port)
ADMIN_PORT=$(free_port)
while [[ $ADMIN_PORT == "$PORT" ]]; do ADMIN_PORT=$(free_port); done
log "starting the service (-Xmx256m) on port $PORT"
env PORT="$PORT" ADMIN_PORT="$ADMIN_PORT" PINDEX_DATA_DIR="$OUT/data" \
  ADMIN_EMAIL="$ADMIN_EMAIL" ADMIN_PASSWORD="$ADMIN_PASSWORD" \
  java -Xmx256m -Xlog:gc:file="$OUT/gc.log" -jar "$JAR" >"$OUT/service.log" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/health/ready" >/dev/null 2>&1 && break
  kill -0 "$SERVICE_PID" 2>/dev/null || die "the service did not start; see $OUT/service.log"
  sleep 0.5
done
curl -fs "http://127.0.0.1:$PORT/health/ready" >/dev/null || die "the service is not ready; see $OUT/service.log"

if [[ -n ${DATABASE_URL:-} ]]; then
  PSQL_URL=$DATABASE_URL
  remove_benchmark_rows >/dev/null # left by an interrupted run
else
  PSQL_URL="postgresql://postgres@127.0.0.1:$(sed -n 4p "$OUT/data/postgres/postmaster.pid")/pindex"
fi

TOKEN=$(curl -fsS -X POST "http://127.0.0.1:$PORT/api/v1/auth/token" \
  -H 'Content-Type: application/json' \
  -d "{\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\"}" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
[[ -n $TOKEN ]] || die "no token for $ADMIN_EMAIL"

# --- helpers measuring one load --------------------------------------------------------------
# the heap used just before each collection is the highest it got since the previous one
peak_heap_mib_since() { # $1: gc.log lines already seen
  tail -n +"$(($1 + 1))" "$OUT/gc.log" | sed -nE 's/.* ([0-9]+)M->[0-9]+M\([0-9]+M\).*/\1/p' | sort -n | tail -1
}

load_copy() { # $1: run, $2: table, $3: what the table adds to LIKE prices; prints seconds
  psql_do "DROP TABLE IF EXISTS $2; CREATE TABLE $2 (LIKE prices INCLUDING ALL $3);"
  local start end
  start=$(now_ns)
  psql "$PSQL_URL" -X -q -v ON_ERROR_STOP=1 \
    -c "\\copy $2 (asset_id, date, close, volume) FROM '$OUT/run$1/floor.csv' (FORMAT csv)"
  end=$(now_ns)
  [[ $(psql_do "SELECT count(*) FROM $2") == "$ROWS" ]] || die "\\copy did not load $ROWS rows into $2"
  psql_do "DROP TABLE $2"
  awk -v ns=$((end - start)) 'BEGIN { printf "%.3f", ns / 1e9 }'
}

load_api() { # $1: body file, $2: expected "inserted" or "updated"; prints "seconds peak_heap_mib"
  local gc_lines start end answer
  gc_lines=$(wc -l <"$OUT/gc.log")
  start=$(now_ns)
  answer=$(curl -sS -T "$1" -X PUT "http://127.0.0.1:$PORT/api/v1/prices" \
    -H 'Content-Type: text/csv' -H "Authorization: Bearer $TOKEN" -w ' %{http_code}')
  end=$(now_ns)
  [[ $answer == *" 200" && $answer == *"\"$2\":$ROWS"* ]] || die "the load answered: $answer"
  local used
  used=$(jcmd "$SERVICE_PID" GC.heap_info 2>/dev/null | sed -nE 's/.*total [0-9]+K, used ([0-9]+)K.*/\1/p' | head -1)
  local peak
  peak=$(peak_heap_mib_since "$gc_lines")
  peak=$(( ${peak:-0} > ${used:-0} / 1024 ? ${peak:-0} : ${used:-0} / 1024 ))
  awk -v ns=$((end - start)) -v peak="$peak" 'BEGIN { printf "%.3f %d", ns / 1e9, peak }'
}

# --- the runs --------------------------------------------------------------------------------
LOAD_AT_START=$(cut -d' ' -f1 /proc/loadavg)
declare -a FLOOR FOREIGN_KEY NEW RESENT CHANGED
PEAK=0
for run in $(seq 1 "$RUNS"); do
  prefix="${PREFIX}${run}X"
  mkdir -p "$OUT/run$run"
  psql_do "INSERT INTO assets (symbol, name)
           SELECT '$prefix' || lpad(i::text, 5, '0'), 'Benchmark asset ' || i
           FROM generate_series(0, $SYMBOLS - 1) i ORDER BY i;"
  ids=$(psql_do "SELECT min(id) || ' ' || max(id) FROM assets WHERE symbol LIKE '$prefix%'")
  read -r first_id last_id <<<"$ids"
  (( last_id - first_id + 1 == SYMBOLS )) || die "the benchmark's asset ids are not consecutive"
  log "run $run/$RUNS: generating $ROWS rows over $SYMBOLS symbols"
  java "$ROOT/bench/GeneratePrices.java" "$ROWS" "$SYMBOLS" "$prefix" "$first_id" "$OUT/run$run"

  log "run $run/$RUNS: \\copy into a table LIKE prices"
  FLOOR[run]=$(load_copy "$run" bench_floor "")
  log "run $run/$RUNS: \\copy into a table LIKE prices with its foreign key"
  FOREIGN_KEY[run]=$(load_copy "$run" bench_floor_fk ", FOREIGN KEY (asset_id) REFERENCES assets (id)")
  # the same rows with every volume one higher: every stored row changes
  awk -F, -v OFS=, 'NR > 1 { $4 = $4 + 1 } { print }' "$OUT/run$run/api.csv" >"$OUT/run$run/changed.csv"
  log "run $run/$RUNS: PUT /api/v1/prices, new rows"
  read -r seconds peak <<<"$(load_api "$OUT/run$run/api.csv" inserted)"
  NEW[run]=$seconds; (( peak > PEAK )) && PEAK=$peak
  log "run $run/$RUNS: PUT /api/v1/prices, the same body again (updates, no value changed)"
  read -r seconds peak <<<"$(load_api "$OUT/run$run/api.csv" updated)"
  RESENT[run]=$seconds; (( peak > PEAK )) && PEAK=$peak
  log "run $run/$RUNS: PUT /api/v1/prices, updates changing every row"
  read -r seconds peak <<<"$(load_api "$OUT/run$run/changed.csv" updated)"
  CHANGED[run]=$seconds; (( peak > PEAK )) && PEAK=$peak
  BODY_BYTES=$(wc -c <"$OUT/run$run/api.csv")
  rm -r "${OUT:?}/run$run"
done

# --- the table ------------------------------------------------------------------------------
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
floor_s=$(median "${FLOOR[@]}")
printf '\npindex bulk-load benchmark: %d price rows (%d symbols), CSV body %.1f MB, median of %d run(s)\n' \
  "$ROWS" "$SYMBOLS" "$(awk -v b="$BODY_BYTES" 'BEGIN { print b / 1e6 }')" "$RUNS"
printf '%d cores, load average %s at the start and %s at the end\n' \
  "$(nproc)" "$LOAD_AT_START" "$(cut -d' ' -f1 /proc/loadavg)"
printf '%-40s %12s %10s %10s\n' "load" "rows/s" "seconds" "vs floor"
row() { awk -v name="$1" -v s="$2" -v f="$floor_s" -v n="$ROWS" \
  'BEGIN { printf "%-40s %12d %10.2f %10.2f\n", name, n / s, s, f / s }'; }
row '\copy into LIKE prices (floor)' "$floor_s"
row '  the same + foreign key (reference)' "$(median "${FOREIGN_KEY[@]}")"
row 'PUT /api/v1/prices (CSV), new rows' "$(median "${NEW[@]}")"
row 'PUT /api/v1/prices (CSV), updates, re-sent' "$(median "${RESENT[@]}")"
row 'PUT /api/v1/prices (CSV), updates, changed' "$(median "${CHANGED[@]}")"
printf 'service peak heap while loading: %d MiB (-Xmx256m)\n' "$PEAK"

#!/usr/bin/env bash
# Read benchmark: how close the service's read paths come to PostgreSQL's own speed.
#
#   bench/read-load.sh            (see README.md, "Read benchmark"; not part of the tests)
#
# In one run, on one PostgreSQL:
#   1. builds the jar when it is missing, installs wrk from Debian's packages when it is missing;
#   2. starts the service (embedded PostgreSQL in bench/out/read/data, or DATABASE_URL's database)
#      and loads the deterministic dataset of bench/read/dataset.sql when it is not there yet;
#   3. times process start to /health/ready answering 200, STARTS times each: on the embedded
#      default (warm binaries, existing data folder) and on an external PostgreSQL (DATABASE_URL's,
#      or else the embedded server of the running service, reached through DATABASE_URL);
#   4. for each read (one asset by symbol, one year of an asset's prices, the allocation as of a
#      date, /health/ready): warms up, drives the service with wrk (bench/read/read.lua), then
#      PostgreSQL directly with pgbench and the same statements (bench/read/<read>.sql, prepared
#      protocol), both with CONNECTIONS connections for DURATION seconds;
#   5. prints requests/s, p50, p99, errors and non-2xx answers, and the service's ratio to pgbench.
#
# Environment: BENCH_POOL (cores or profile, see below), DURATION (15), WARMUP (30 s per read: on 2
# busy cores the JIT needs about that long), CONNECTIONS (64), THREADS (wrk and pgbench threads,
# default the number of cores), STARTS (3), READS (default "asset prices allocation health"),
# DATABASE_URL (postgres://user:pass@host:port/db or jdbc:postgresql://..., which psql and pgbench
# must reach too; its database must be empty of assets or hold exactly this dataset), JAVA_OPTS
# (extra JVM options for the service, e.g. a JFR recording).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
HERE=$ROOT/bench/read
OUT=$ROOT/bench/out/read
JAR=$ROOT/bootstrap/target/pindex.jar
CDS=$ROOT/bootstrap/target/pindex.jsa
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-30}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-$(nproc)}
STARTS=${STARTS:-3}
READS=${READS:-asset prices allocation health}
JAVA_OPTS=${JAVA_OPTS:-}
# The pool. By default it is sized to this machine by HikariCP's formula, connections = cores x 2 +
# 1, with no overflow: PostgreSQL, the service and the load generators share the cores, and every
# connection past that only adds runnable threads. BENCH_POOL=profile keeps the profile's pool
# (embedded and dev: 5 steady, up to 15), which on 2 cores measured p99 of 0.25 to 1.3 s for the
# asset read, against 40 to 70 ms with 5 connections.
BENCH_POOL=${BENCH_POOL:-cores}
# JDK 17 crashes when a flight recording starts with the JVM and a class-data archive is mapped
# (a recording started later with jcmd JFR.start is fine): a recording from the start goes without
CDS_OPTS=(-XX:SharedArchiveFile="$CDS")
[[ $JAVA_OPTS == *StartFlightRecording* ]] && CDS_OPTS=()
if [[ $BENCH_POOL == profile ]]; then
  POOL_ENV=()
else
  POOL_ENV=(DB_POOL_SIZE=$(($(nproc) * 2 + 1)) DB_MAX_OVERFLOW=0)
fi

# the dataset (bench/read/dataset.sql)
FIRST_SYMBOL=1000
SYMBOLS=500
FIRST_YEAR=2015
YEARS=10
PRICE_ROWS=$((SYMBOLS * 2520))
ALLOCATION_ROWS=$((120 * 50))

declare -A PIDS=()
BENCH_NAME="read bench"
# shellcheck source=bench/common.sh
source "$ROOT/bench/common.sh"

cleanup() {
  local name
  for name in "${!PIDS[@]}"; do
    kill -TERM "${PIDS[$name]}" 2>/dev/null && wait "${PIDS[$name]}" 2>/dev/null || true
  done
}
trap cleanup EXIT

# --- tools -----------------------------------------------------------------------------------
command -v wrk >/dev/null || install_package wrk
command -v psql >/dev/null || install_package postgresql-client
command -v pgbench >/dev/null || install_package postgresql-contrib
for tool in java curl psql pgbench wrk; do command -v "$tool" >/dev/null || die "$tool is required"; done
if [[ ! -f $JAR || ! -f $CDS ]]; then
  log "building $JAR and its class-data archive"
  (cd "$ROOT" && mvn -B -ntp -q package -DskipTests) >&2
fi
mkdir -p "$OUT"

# --- starting and stopping the service -------------------------------------------------------
# start_service NAME PORT ADMIN_PORT [VAR=value...]: starts the jar with the environment given and
# sets READY_MS to the milliseconds from launching the process to /health/ready answering 200, and
# READY_CPU_MS to the CPU time the JVM had used by then (all its threads): on a shared machine the
# wall time follows the other processes' load, the CPU time much less
start_service() {
  local name=$1 port=$2 admin_port=$3
  shift 3
  local started code=000
  started=$(now_ns)
  # shellcheck disable=SC2086 # JAVA_OPTS holds several options
  # the README's run command
  env -u DATABASE_URL PORT="$port" ADMIN_PORT="$admin_port" "${POOL_ENV[@]}" "$@" \
    java $JAVA_OPTS "${CDS_OPTS[@]}" -jar "$JAR" >"$OUT/$name.log" 2>&1 &
  PIDS[$name]=$!
  while [[ $code != 200 ]]; do
    kill -0 "${PIDS[$name]}" 2>/dev/null || die "$name did not start; see $OUT/$name.log"
    (($(now_ns) - started < 120 * 1000000000)) || die "$name was not ready within 120 s; see $OUT/$name.log"
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port/health/ready" || true)
    [[ $code == 200 ]] || sleep 0.01
  done
  READY_MS=$((($(now_ns) - started) / 1000000))
  READY_CPU_MS=$(awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/${PIDS[$name]}/stat")
}

stop_service() { # $1: name
  kill -TERM "${PIDS[$1]}" 2>/dev/null || true
  wait "${PIDS[$1]}" 2>/dev/null || true
  unset "PIDS[$1]"
}

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# timed_starts NAME KEEP_LAST PORT ADMIN_PORT [VAR=value...]: STARTS timed starts, each stopped
# again except the last one when KEEP_LAST is "keep"; sets STARTED_MS to the list of times
timed_starts() {
  local name=$1 keep=$2 port=$3 admin_port=$4
  shift 4
  STARTED_MS=()
  STARTED_CPU_MS=()
  local i
  for i in $(seq 1 "$STARTS"); do
    start_service "$name" "$port" "$admin_port" "$@"
    STARTED_MS+=("$READY_MS")
    STARTED_CPU_MS+=("$READY_CPU_MS")
    log "  $name start $i/$STARTS: ready in $READY_MS ms, JVM CPU $READY_CPU_MS ms, load average $(cut -d' ' -f1 /proc/loadavg)"
    if [[ $keep != keep || $i -lt $STARTS ]]; then stop_service "$name"; fi
  done
}

psql_do() { PGOPTIONS="-c client_min_messages=warning" psql "$PSQL_URL" -X -q -v ON_ERROR_STOP=1 -At -c "$1"; }

# loads the dataset into an empty database; refuses one holding other data
ensure_dataset() {
  local counts
  counts=$(psql_do "SELECT (SELECT count(*) FROM assets) || ' ' || (SELECT count(*) FROM prices) || ' ' || (SELECT count(*) FROM allocations)")
  if [[ $counts == "$SYMBOLS $PRICE_ROWS $ALLOCATION_ROWS" ]]; then
    log "the dataset is loaded already ($counts assets, prices, allocation rows)"
  elif [[ $counts == "0 0 0" ]]; then
    log "loading the dataset: $SYMBOLS assets, $PRICE_ROWS prices, $ALLOCATION_ROWS allocation rows"
    local started
    started=$(now_ns)
    PGOPTIONS="-c client_min_messages=warning" psql "$PSQL_URL" -X -q -f "$HERE/dataset.sql" >&2
    log "  loaded in $((($(now_ns) - started) / 1000000)) ms"
  else
    die "the database holds other data (assets, prices, allocation rows: $counts); use an empty one"
  fi
}

API_PORT=$(free_port)
ADMIN_PORT=$(free_port)
OTHER_PORT=$(free_port)
OTHER_ADMIN_PORT=$(free_port)
[[ $(printf '%s\n' "$API_PORT" "$ADMIN_PORT" "$OTHER_PORT" "$OTHER_ADMIN_PORT" | sort -u | wc -l) == 4 ]] ||
  die "could not pick four different free ports; try again"
EMBEDDED_ENV=(PINDEX_DATA_DIR="$OUT/data")
embedded_url() { echo "postgresql://postgres@127.0.0.1:$(sed -n 4p "$OUT/data/postgres/postmaster.pid")/pindex"; }

log "read benchmark: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
# the service under test is the last timed start of the embedded default (or, with DATABASE_URL, of
# the external database) and answers on API_PORT; the other timed starts use OTHER_PORT
if [[ -z ${DATABASE_URL:-} ]]; then
  log "first start of the service on its embedded PostgreSQL in $OUT/data (not timed)"
  start_service embedded "$API_PORT" "$ADMIN_PORT" "${EMBEDDED_ENV[@]}"
  PSQL_URL=$(embedded_url)
  ensure_dataset
  stop_service embedded
  log "timing starts on the embedded default (warm binaries, existing data folder)"
  timed_starts embedded keep "$API_PORT" "$ADMIN_PORT" "${EMBEDDED_ENV[@]}"
  EMBEDDED_MS=("${STARTED_MS[@]}")
  EMBEDDED_CPU_MS=("${STARTED_CPU_MS[@]}")
  PSQL_URL=$(embedded_url)
  EXTERNAL_WHAT="the embedded PostgreSQL of the service under test, given as DATABASE_URL"
  log "timing starts on an external PostgreSQL ($EXTERNAL_WHAT)"
  timed_starts external stop "$OTHER_PORT" "$OTHER_ADMIN_PORT" DATABASE_URL="postgres${PSQL_URL#postgresql}"
  EXTERNAL_MS=("${STARTED_MS[@]}")
  EXTERNAL_CPU_MS=("${STARTED_CPU_MS[@]}")
  UNDER_TEST=embedded
  UNDER_TEST_WHAT="the embedded default"
else
  PSQL_URL=${DATABASE_URL#jdbc:}
  [[ $PSQL_URL == postgres://* || $PSQL_URL == postgresql://* ]] ||
    die "DATABASE_URL must be postgres://... or jdbc:postgresql://..."
  log "first start of the service on its embedded PostgreSQL in $OUT/data (not timed)"
  start_service embedded "$OTHER_PORT" "$OTHER_ADMIN_PORT" "${EMBEDDED_ENV[@]}"
  stop_service embedded
  log "timing starts on the embedded default (warm binaries, existing data folder)"
  timed_starts embedded stop "$OTHER_PORT" "$OTHER_ADMIN_PORT" "${EMBEDDED_ENV[@]}"
  EMBEDDED_MS=("${STARTED_MS[@]}")
  EMBEDDED_CPU_MS=("${STARTED_CPU_MS[@]}")
  log "first start of the service on DATABASE_URL (not timed: it may migrate)"
  start_service external "$API_PORT" "$ADMIN_PORT" DATABASE_URL="$DATABASE_URL"
  ensure_dataset
  stop_service external
  EXTERNAL_WHAT="DATABASE_URL's PostgreSQL"
  log "timing starts on an external PostgreSQL ($EXTERNAL_WHAT)"
  timed_starts external keep "$API_PORT" "$ADMIN_PORT" DATABASE_URL="$DATABASE_URL"
  EXTERNAL_MS=("${STARTED_MS[@]}")
  EXTERNAL_CPU_MS=("${STARTED_CPU_MS[@]}")
  UNDER_TEST=external
  UNDER_TEST_WHAT="DATABASE_URL's PostgreSQL"
fi
SERVICE_PID=${PIDS[$UNDER_TEST]}
BASE="http://127.0.0.1:$API_PORT"
SERVER_VERSION=$(psql_do "SHOW server_version")
POOL=$(curl -fsS "http://127.0.0.1:$ADMIN_PORT/pool")

# --- the reads -------------------------------------------------------------------------------
ALLOC_FROM=$(psql_do "SELECT min(date) FROM allocations")
ALLOC_DAYS=$(psql_do "SELECT (DATE '$((FIRST_YEAR + YEARS))-12-31' - min(date)) FROM allocations")
ALLOC_FROM_EPOCH=$(date -u -d "$ALLOC_FROM" +%s)
LUA_ARGS=("$FIRST_SYMBOL" "$SYMBOLS" "$FIRST_YEAR" "$YEARS" "$ALLOC_FROM_EPOCH" "$ALLOC_DAYS")
PGBENCH_VARS=(-D first_symbol=$FIRST_SYMBOL -D last_symbol=$((FIRST_SYMBOL + SYMBOLS - 1))
  -D first_year=$FIRST_YEAR -D last_year=$((FIRST_YEAR + YEARS - 1))
  -D alloc_from="$ALLOC_FROM" -D alloc_days="$ALLOC_DAYS")

run_wrk() { # $1: read, $2: seconds; prints wrk's RESULT line
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${2}s" --timeout 10s -s "$HERE/read.lua" "$BASE" -- "$1" "${LUA_ARGS[@]}" \
    >"$OUT/wrk-$1.txt" 2>&1 || die "wrk failed; see $OUT/wrk-$1.txt"
  grep '^RESULT ' "$OUT/wrk-$1.txt" || die "wrk printed no result; see $OUT/wrk-$1.txt"
}

run_pgbench() { # $1: read; prints "tps p50_ms p99_ms errors"
  local prefix=$OUT/pgbench-$1 status=0
  rm -f "$prefix".*
  pgbench -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -T "$DURATION" -f "$HERE/$1.sql" \
    "${PGBENCH_VARS[@]}" -l --log-prefix="$prefix" "$PSQL_URL" >"$prefix.txt" 2>&1 || status=$?
  local tps failed aborted
  tps=$(sed -nE 's/^tps = ([0-9.]+) .*/\1/p' "$prefix.txt" | head -1)
  failed=$(sed -nE 's/^number of failed transactions: ([0-9]+).*/\1/p' "$prefix.txt")
  aborted=$(grep -c 'aborted' "$prefix.txt" || true)
  [[ -n $tps ]] || die "pgbench printed no tps (exit $status); see $prefix.txt"
  # per-transaction log lines: client transaction latency_us script epoch_s epoch_us
  cat "$prefix".[0-9]* | awk '{ print $3 }' | sort -n >"$prefix.latencies"
  local n
  n=$(wc -l <"$prefix.latencies")
  awk -v n="$n" -v tps="$tps" -v errors=$((${failed:-0} + aborted + (status != 0))) '
    NR == int(n * 0.50 + 0.5) { p50 = $1 } NR == int(n * 0.99 + 0.5) { p99 = $1 }
    END { printf "%s %.3f %.2f %d\n", tps, p50 / 1000, p99 / 1000, errors }' "$prefix.latencies"
  rm -f "$prefix".[0-9]* "$prefix.latencies"
}

# --- CPU per request --------------------------------------------------------------------------
# Where a read's time goes on this machine: the CPU (user + system) each process used while a run
# went on, from /proc, divided by the requests it served. The processes that start or end during
# a run (pgbench's backends at its edges) are left out by sampling from its 2nd second to its last
# but one.
cpu_snapshot() { # $1: file; writes "pid name ticks" for every process
  cat /proc/[0-9]*/stat 2>/dev/null | awk '{
    name = $0; sub(/^[0-9]+ \(/, "", name); sub(/\) [A-Za-z] .*$/, "", name); gsub(/ /, "_", name)
    rest = $0; sub(/^.*\) /, "", rest); split(rest, f, " ")
    print $1, name, f[12] + f[13] }' >"$1"
}

sample_cpu() { # $1: file prefix, $2: the run's seconds; call in the background as the run starts
  sleep 1
  cpu_snapshot "$1.before"
  sleep $(($2 - 2))
  cpu_snapshot "$1.after"
}

# cpu_per_request PREFIX RATE: "jvm postgres generator" microseconds of CPU per request: the
# service's JVM, this machine's postgres processes, and wrk or pgbench ("-" for none seen)
cpu_per_request() {
  awk -v hz="$(getconf CLK_TCK)" -v seconds=$((DURATION - 2)) -v rate="$2" -v svc="$SERVICE_PID" '
    NR == FNR { before[$1] = $3; next }
    $1 in before {
      used = ($3 - before[$1]) / hz
      if ($1 == svc) { cpu["jvm"] += used; seen["jvm"] = 1 }
      else if ($2 == "postgres") { cpu["pg"] += used; seen["pg"] = 1 }
      else if ($2 == "wrk" || $2 == "pgbench") { cpu["gen"] += used; seen["gen"] = 1 }
    }
    function us(k) { return seen[k] ? sprintf("%.0f", cpu[k] * 1e6 / (rate * seconds)) : "-" }
    END { print us("jvm"), us("pg"), us("gen") }' "$1.before" "$1.after"
  rm -f "$1.before" "$1.after"
}

field() { sed -nE "s/.* $1=([^ ]+).*/\\1/p" <<<" $2"; } # field NAME "wrk's RESULT line"

declare -A SERVICE PGBENCH SERVICE_CPU PGBENCH_CPU
for read in $READS; do
  log "read '$read': warming up the service for ${WARMUP} s"
  run_wrk "$read" "$WARMUP" >/dev/null
  log "read '$read': wrk on the service, ${DURATION} s"
  sample_cpu "$OUT/cpu-service" "$DURATION" &
  SERVICE[$read]=$(run_wrk "$read" "$DURATION")
  wait $!
  SERVICE_CPU[$read]=$(cpu_per_request "$OUT/cpu-service" "$(field rps "${SERVICE[$read]}")")
  log "  ${SERVICE[$read]}; CPU us per request, JVM postgres wrk: ${SERVICE_CPU[$read]}"
  log "read '$read': pgbench on PostgreSQL, ${DURATION} s"
  sample_cpu "$OUT/cpu-pgbench" "$DURATION" &
  PGBENCH[$read]=$(run_pgbench "$read")
  wait $!
  PGBENCH_CPU[$read]=$(cpu_per_request "$OUT/cpu-pgbench" "${PGBENCH[$read]%% *}")
  log "  tps p50 p99 errors: ${PGBENCH[$read]}; CPU us per transaction, postgres pgbench: ${PGBENCH_CPU[$read]#* }"
done
kill -0 "$SERVICE_PID" 2>/dev/null || die "the service died during the run; see $OUT/$UNDER_TEST.log"

# --- the table -------------------------------------------------------------------------------
declare -A TITLE=([asset]='asset by symbol' [prices]='prices, one year' [allocation]='allocation as of a date' [health]='/health/ready')
declare -A TARGET=([asset]=0.25 [prices]=0.4 [allocation]=- [health]=0.25)
printf '\npindex read benchmark, %s: %d connections, %d s per read after %d s of warm-up, %d wrk/pgbench threads;\n' \
  "$(date -u +%Y-%m-%dT%H:%MZ)" "$CONNECTIONS" "$DURATION" "$WARMUP" "$THREADS"
printf 'service on %s (PostgreSQL %s), pool %s;\n' "$UNDER_TEST_WHAT" "$SERVER_VERSION" "$POOL"
printf 'service and pgbench measured in this same run, one after the other, on %d shared cores (load average now %s)\n\n' \
  "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-24s | %9s %8s %8s %6s %7s | %9s %8s %8s %6s | %6s %6s\n' \
  read 'svc req/s' 'p50 ms' 'p99 ms' errors non-2xx 'pgb tps' 'p50 ms' 'p99 ms' errors ratio target
printf -- '-%.0s' $(seq 1 120); printf '\n'
for read in $READS; do
  s=${SERVICE[$read]}
  read -r tps pp50 pp99 perr <<<"${PGBENCH[$read]}"
  rps=$(field rps "$s")
  printf '%-24s | %9.0f %8s %8s %6s %7s | %9.0f %8s %8s %6s | %6.3f %6s\n' "${TITLE[$read]}" \
    "$rps" "$(field p50_ms "$s")" "$(field p99_ms "$s")" "$(field socket_errors "$s")" "$(field not_2xx "$s")" \
    "$tps" "$pp50" "$pp99" "$perr" "$(awk -v a="$rps" -v b="$tps" 'BEGIN { print a / b }')" "${TARGET[$read]}"
done
printf '\nCPU per request in microseconds (user + system, from /proc over the middle of each run):\n'
printf '%-24s | %9s %9s %9s %9s | %9s %9s %9s\n' read 'svc JVM' 'its PG' wrk 'all' 'pgb PG' pgbench 'all'
printf -- '-%.0s' $(seq 1 96); printf '\n'
for read in $READS; do
  read -r sj sp sg <<<"${SERVICE_CPU[$read]}"
  read -r _ pp pg <<<"${PGBENCH_CPU[$read]}"
  printf '%-24s | %9s %9s %9s %9s | %9s %9s %9s\n' "${TITLE[$read]}" "$sj" "$sp" "$sg" \
    "$(awk -v a="$sj" -v b="$sp" -v c="$sg" 'BEGIN { print a + b + c }')" "$pp" "$pg" \
    "$(awk -v a="$pp" -v b="$pg" 'BEGIN { print a + b }')"
done
printf '\nstart to /health/ready 200, %d starts each (median, then each start; JVM CPU time at ready beside):\n' "$STARTS"
printf '  embedded default, warm:  %6s ms  (%s)   CPU %s ms (%s)   target < 3000 ms\n' \
  "$(median "${EMBEDDED_MS[@]}")" "${EMBEDDED_MS[*]}" "$(median "${EMBEDDED_CPU_MS[@]}")" "${EMBEDDED_CPU_MS[*]}"
printf '  external PostgreSQL:     %6s ms  (%s)   CPU %s ms (%s)   target < 1500 ms\n' \
  "$(median "${EXTERNAL_MS[@]}")" "${EXTERNAL_MS[*]}" "$(median "${EXTERNAL_CPU_MS[@]}")" "${EXTERNAL_CPU_MS[*]}"
printf '  (external: %s; the service runs as the README says, java -XX:SharedArchiveFile=...pindex.jsa -jar ...)\n' "$EXTERNAL_WHAT"

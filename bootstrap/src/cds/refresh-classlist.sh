#!/usr/bin/env bash
# Regenerates pindex.classlist, the classes the build archives for class-data sharing (see the
# exec-maven-plugin execution in bootstrap/pom.xml): it starts the packaged jar on a scratch
# embedded PostgreSQL with -XX:DumpLoadedClassList, asks each read path once, and stops it. Run it
# from anywhere after `mvn -B -ntp -q package -DskipTests` when start-up classes have changed
# (new libraries, new adapters); a stale list only archives fewer classes, it breaks nothing.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
JAR=$ROOT/bootstrap/target/pindex.jar
LIST=$ROOT/bootstrap/src/cds/pindex.classlist
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
BENCH_NAME=refresh-classlist
# shellcheck source=bench/common.sh
source "$ROOT/bench/common.sh"
[[ -f $JAR ]] || die "build the jar first: mvn -B -ntp -q package -DskipTests"
PORT=$(free_port)
ADMIN_PORT=$(free_port)

env -u DATABASE_URL PORT="$PORT" ADMIN_PORT="$ADMIN_PORT" PINDEX_DATA_DIR="$SCRATCH/data" \
  java -XX:DumpLoadedClassList="$SCRATCH/classlist" -jar "$JAR" >"$SCRATCH/service.log" 2>&1 &
PID=$!
for _ in $(seq 1 600); do
  curl -fs "http://127.0.0.1:$PORT/health/ready" >/dev/null 2>&1 && break
  kill -0 "$PID" 2>/dev/null || { cat "$SCRATCH/service.log" >&2; exit 1; }
  sleep 0.2
done
for path in /health/live /health/ready /api/v1/assets/NONE "/api/v1/assets?limit=1" \
  "/api/v1/assets/NONE/prices?from=2020-01-01&to=2020-12-31" /api/v1/allocations \
  "/api/v1/index-values?limit=1" /api/v1/risk-metrics/latest; do
  curl -s -o /dev/null "http://127.0.0.1:$PORT$path"
done
curl -s -o /dev/null "http://127.0.0.1:$ADMIN_PORT/metrics"
kill -TERM "$PID"
wait "$PID" || true
cp "$SCRATCH/classlist" "$LIST"
echo "$(grep -vc '^#' "$LIST") classes and lambda forms listed in $LIST"

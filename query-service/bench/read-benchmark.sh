#!/usr/bin/env bash
# The read side at scale (issue 5). Not part of CI. Starts a local PostgreSQL (the local stack's
# launcher) and the built query-service against it, loads a synthetic corpus with COPY (once: the
# data directory is kept), runs the load generator and EXPLAINs, and writes the report.
#
#   query-service/bench/read-benchmark.sh [REPORT] [DOCUMENTS] [CLAIMS_PER_DOCUMENT] [CLIENTS] [REQUESTS]
#
# Defaults: 10,000 documents x 100 claims = 1,000,000 claims, 32 clients, 2,000 requests per
# scenario (SPEAKERS=2000 people, POOL=20000 distinct sentences by default). Needs: mvn -o -pl local-stack,embeddings,query-service install -DskipTests first.
# Everything listens on 127.0.0.1 only. BENCH_DIR (default /tmp/claimstream-bench) keeps the data
# and the service's vector index (the first start builds it: about half an hour for 1M claims on
# 2 busy cores; the log says "vector index ready"). SERVICE_JAVA_OPTS adds JVM options to the
# service (e.g. -XX:StartFlightRecording=... to profile it under the load); SERVICE_JAR runs another
# build of the service against the same data (a before/after comparison). WRK names the wrk binary
# that drives the timed requests (default: wrk on the PATH, from Debian's package `wrk`; WRK= uses
# the Java client): wrk costs far less CPU per request, which on 2 cores is CPU the service gets.
# WRK_SECONDS: how long wrk drives each scenario (default 30). WARM_UP_SECONDS: how long each scenario is
# driven before its timed part, beyond its first 200 requests (default 0): a freshly started service
# runs its hot paths interpreted and compiles them for the first several thousand requests, so
# without it the first scenarios' "svc cpu" is mostly the JIT's (read-benchmark-30k-readcost.txt). After those seconds
# a scenario is driven on, 5 s at a time, while the service's JIT compiler threads use more than 5% of a core, up to
# WARM_UP_MAX_SECONDS in all (default 180): on 2 busy cores 15 s left a request at ~2.0 ms of service CPU where its
# compiled code costs ~0.7 (read-benchmark-1m-read34.txt); the report says how long each scenario was warmed.
# BENCH_ONLY names the scenarios to run, comma-separated (e.g. BENCH_ONLY="full text"; default all).
set -euo pipefail
REPO="$(cd "$(dirname "$0")/../.." && pwd)"
REPORT="${1:-$REPO/../notes/issue5-bench.txt}"
DOCUMENTS="${2:-10000}"; PER_DOCUMENT="${3:-100}"; CLIENTS="${4:-32}"; REQUESTS="${5:-2000}"
SPEAKERS="${SPEAKERS:-2000}"; POOL="${POOL:-20000}"
BENCH_DIR="${BENCH_DIR:-/tmp/claimstream-bench}"; PG_PORT="${PG_PORT:-55432}"; HTTP_PORT="${HTTP_PORT:-58083}"
JDBC="jdbc:postgresql://127.0.0.1:$PG_PORT/claimstream"
SERVICE_JAR="${SERVICE_JAR:-$REPO/query-service/target/quarkus-app/quarkus-run.jar}"
mkdir -p "$BENCH_DIR"

CP_FILE="$BENCH_DIR/classpath.txt"
(cd "$REPO" && mvn -B -o -q -pl query-service dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$CP_FILE" >/dev/null)
CP="$REPO/query-service/target/test-classes:$REPO/query-service/target/classes:$(cat "$CP_FILE")"

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

java -cp "$REPO/local-stack/target/local-stack.jar" io.claimstream.stack.PostgresServer "$PG_PORT" "$BENCH_DIR/pg" \
    >"$BENCH_DIR/postgres.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do grep -q "PostgreSQL ready" "$BENCH_DIR/postgres.log" && break; sleep 1; done

start_service() {
  QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$HTTP_PORT" QUARKUS_DATASOURCE_JDBC_URL="$JDBC" KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:9" \
  CLAIMSTREAM_QUERY_SEMANTIC_BACKFILL=false QUARKUS_DATASOURCE_JDBC_MAX_SIZE=40 \
  CLAIMSTREAM_QUERY_SEMANTIC_INDEX_DIRECTORY="$BENCH_DIR/vectors" CLAIMSTREAM_QUERY_SEMANTIC_INDEX_RAM_BUFFER_MB=1900 \
    java -Xmx4g '-Dquarkus.log.category."org.apache.kafka".level=ERROR' ${SERVICE_JAVA_OPTS:-} -jar "$SERVICE_JAR" \
    >"$BENCH_DIR/query-service.log" 2>&1 &
  SERVICE_PID=$!
  pids+=($SERVICE_PID)
  for _ in $(seq 1 1800); do curl -sf "http://127.0.0.1:$HTTP_PORT/q/health/live" >/dev/null && return 0; sleep 1; done
  echo "query-service did not start; see $BENCH_DIR/query-service.log" >&2; exit 1
}
start_service   # migrates the schema

if [ ! -f "$BENCH_DIR/loaded-$DOCUMENTS-$PER_DOCUMENT" ]; then
  started=$(date +%s)
  java -Xmx6g -cp "$CP" io.claimstream.query.bench.ReadBenchmark load "$JDBC" "$DOCUMENTS" "$PER_DOCUMENT" "$SPEAKERS" "$POOL"
  echo "loaded $DOCUMENTS x $PER_DOCUMENT claims by COPY in $(( $(date +%s) - started )) s" | tee "$BENCH_DIR/loaded-$DOCUMENTS-$PER_DOCUMENT"
  # COPY went around the service: its vector index, built over the empty schema, knows none of these
  # claims (semantic search would rank an empty index). A restart finds the index behind the database
  # and rebuilds it.
  kill "$SERVICE_PID"; wait "$SERVICE_PID" 2>/dev/null || true
  start_service
fi
# the service's vector index (semantic search without pgvector) builds in the background on first
# start against this data and is kept in $BENCH_DIR/vectors; the run waits for it
# CPU per request, beside latency: the service's process, and the postmaster with its backends
WRK="${WRK-$(command -v wrk || true)}"
java -Dbench.service-pid="$SERVICE_PID" -Dbench.wrk="$WRK" -Dbench.wrk-seconds="${WRK_SECONDS:-30}" -Dbench.warm-up-seconds="${WARM_UP_SECONDS:-0}" -Dbench.warm-up-max-seconds="${WARM_UP_MAX_SECONDS:-180}" -Dbench.only="${BENCH_ONLY:-}" -Dbench.db-pid="$(head -1 "$BENCH_DIR/pg/postmaster.pid")" \
    -cp "$CP" io.claimstream.query.bench.ReadBenchmark run "http://127.0.0.1:$HTTP_PORT" "$JDBC" "$REPORT" \
    "$CLIENTS" "$REQUESTS"
echo "report written to $REPORT"

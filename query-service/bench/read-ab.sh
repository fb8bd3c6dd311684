#!/usr/bin/env bash
# query-service/bench/read-ab.sh OUT JAR_A JAR_B [ROUNDS] [SECONDS]: both builds of the service up at once against the bench data (caches off);
# wrk (32 clients, 2 threads) drives GET /speakers/{id} over the 200 busiest speakers (AB_SCENARIO="full text": GET
# /claims?size=20&q= over the read benchmark's 10 full-text queries; "claims by speaker": /claims?size=50&speaker= over
# the same 200 speakers; "claims by topic": /claims?size=50&topic= over every topic) in alternating blocks, A then B,
# B then A, ...; per block: requests, p99, service CPU and database CPU (postmaster and all its backends) per request.
# Why: on 2 cores shared with other work, two runs of read-benchmark.sh minutes apart see different loads; blocks
# of a few seconds, interleaved, see the same. Both services warm up first (WARM seconds each, twice; default 30).
# HTTP ports 58483 (A) and 58484 (B); PG_PORT, BENCH_DIR as read-benchmark.sh (its corpus, already loaded).
set -euo pipefail
OUT=$1; A=$2; B=$3; ROUNDS=${4:-6}; SECS=${5:-10}
PG_PORT="${PG_PORT:-55832}"; BENCH_DIR="${BENCH_DIR:-/tmp/claimstream-bench-1m}"; REPO="$(cd "$(dirname "$0")/../.." && pwd)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
java -cp "$REPO/local-stack/target/local-stack.jar" io.claimstream.stack.PostgresServer $PG_PORT $BENCH_DIR/pg > $BENCH_DIR/ab-postgres.log 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do grep -q "PostgreSQL ready" $BENCH_DIR/ab-postgres.log && break; sleep 1; done
start() { # jar port -> pid
  CLAIMSTREAM_QUERY_SEMANTIC_INDEX_ENABLED=false CLAIMSTREAM_QUERY_ANSWER_CACHE_ENABLED=false CLAIMSTREAM_QUERY_SEMANTIC_QUERY_CACHE_SIZE=0 \
  QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$2 QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/claimstream" KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:9" \
  CLAIMSTREAM_QUERY_SEMANTIC_BACKFILL=false QUARKUS_DATASOURCE_JDBC_MAX_SIZE=40 CLAIMSTREAM_QUERY_SEMANTIC_INDEX_DIRECTORY="$BENCH_DIR/vectors" \
    java -Xmx4g '-Dquarkus.log.category."org.apache.kafka".level=ERROR' -jar "$1" > $BENCH_DIR/ab-service-$2.log 2>&1 &
  echo $!
}
PA=$(start "$A" 58483); pids+=($PA)
PB=$(start "$B" 58484); pids+=($PB)
for port in 58483 58484; do for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$port/q/health/live" >/dev/null && break; sleep 1; done; done
export PGPASSWORD=claimstream
LUA=$BENCH_DIR/ab.lua
busiest_speakers() { psql -X -A -t -h 127.0.0.1 -p $PG_PORT -U claimstream claimstream -c "SELECT person_id FROM claim WHERE person_id IS NOT NULL GROUP BY person_id ORDER BY count(*) DESC, person_id LIMIT 200"; }
speaker_paths() { busiest_speakers | sed 's|.*|"/speakers/&",|'; }
speaker_claims_paths() { busiest_speakers | sed 's|.*|"/claims?size=50\&speaker=&",|'; }
topic_claims_paths() { psql -X -A -t -h 127.0.0.1 -p $PG_PORT -U claimstream claimstream -c "SELECT DISTINCT t FROM claim, unnest(topics) t ORDER BY t" | sed 's|.*|"/claims?size=50\&topic=&",|'; }
# the read benchmark's full-text queries (ReadBenchmark.FULL_TEXT), a page of 20 each
full_text_paths() { for q in export%20controls reward%20signals open%20weights humanoid%20robot %22coding%20assistants%22 \
    diminishing%20returns gigawatt%20data%20centres synthetic%20data red-team%20results token%20prices; do echo "\"/claims?size=20&q=$q\","; done; }
{ echo "local paths = {"
  case "${AB_SCENARIO:-speaker profile}" in
    "full text") full_text_paths ;;
    "claims by speaker") speaker_claims_paths ;;
    "claims by topic") topic_claims_paths ;;
    *) speaker_paths ;;
  esac
  echo "}"
  cat <<'LUA'
local i = math.random(#paths)
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %d %.1f %.1f\n", summary.requests, summary.duration, latency:percentile(50), latency:percentile(99)))
end
LUA
} > $LUA
PM=$(head -1 $BENCH_DIR/pg/postmaster.pid)
tick() { awk '{print $14+$15}' /proc/$1/stat; }
dbticks() { local s=0; for p in $PM $(pgrep -P $PM); do t=$(awk '{print $14+$15}' /proc/$p/stat 2>/dev/null || echo 0); s=$((s+t)); done; echo $s; }
HZ=$(getconf CLK_TCK)
block() { # name port pid seconds
  local s0 d0 s1 d1 r
  s0=$(tick $3); d0=$(dbticks)
  r=$(wrk -t 2 -c 32 -d ${4}s --timeout 60s -s $LUA http://127.0.0.1:$2 | grep RESULT)
  s1=$(tick $3); d1=$(dbticks)
  read -r _ n us p50 p99 <<<"$r"
  awk -v name=$1 -v n=$n -v us=$us -v p50=$p50 -v p99=$p99 -v s=$((s1-s0)) -v d=$((d1-d0)) -v hz=$HZ -v load="$(cut -d' ' -f1 /proc/loadavg)" \
    'BEGIN{printf "%-6s reqs %6d  req/s %6.1f  p50 %7.1f ms  p99 %7.1f ms  svc cpu %.2f  db cpu %.2f ms/req  load %s\n", name, n, n/(us/1e6), p50/1000, p99/1000, s*1000/hz/n, d*1000/hz/n, load}'
}
echo "A=$A B=$B" | tee "$OUT"
for w in 1 2; do block warmA 58483 $PA ${WARM:-30} >/dev/null; block warmB 58484 $PB ${WARM:-30} >/dev/null; done
for r in $(seq 1 $ROUNDS); do
  if [ $((r % 2)) = 1 ]; then block A 58483 $PA $SECS; block B 58484 $PB $SECS; else block B 58484 $PB $SECS; block A 58483 $PA $SECS; fi
done | tee -a "$OUT"
awk '/^A |^B /{n[$1]+=$3; s[$1]+=$14*$3; d[$1]+=$17*$3; c[$1]++} END{for(k in n) printf "%s total reqs %d  svc cpu %.3f  db cpu %.3f ms/req (request-weighted)\n", k, n[k], s[k]/n[k], d[k]/n[k]}' "$OUT" | sort | tee -a "$OUT"

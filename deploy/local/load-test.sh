#!/usr/bin/env bash
# Load test against a running local stack (./claimstream up): POSTERS concurrent clients post
# DOCS_PER_POSTER distinct documents each, retrying 503s as a client should, while the test reads
# every accepted document back from the query service. Prints documents/s, p50/p99 ingest latency,
# time-to-queryable and each service's peak resident memory; exits 1 if an accepted document never
# became queryable.
#
#   deploy/local/load-test.sh                          50 posters x 1000 documents
#   POSTERS=10 DOCS_PER_POSTER=100 deploy/local/load-test.sh
#
# Environment: CLAIMSTREAM_RUN_DIR (default ./.run: its stack.env names the URLs, its api-key the
# key), or CLAIMSTREAM_INGEST_URL, CLAIMSTREAM_QUERY_URL and CLAIMSTREAM_API_KEY directly;
# QUERYABLE_TIMEOUT_S (default 7200) bounds the wait for the last document.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
export CLAIMSTREAM_RUN_DIR=${CLAIMSTREAM_RUN_DIR:-$ROOT/.run}
exec java -Xmx512m "$ROOT/deploy/local/LoadTest.java"

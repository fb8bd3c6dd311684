#!/usr/bin/env bash
# Scores a running stack (./claimstream up) with ../shared/eval/score.py on the seeds and then on every
# held-out set of analysis-core (documents and gold we wrote), all ingested into the one stack, as the
# real scorer ingests its documents: cross-document mistakes (people merged across documents) show here
# and not in the analyzer's own evaluation (HeldOutEvaluationTest). Prints each set's score line.
#
#   deploy/local/score-all.sh [OUTPUT_DIR]      (default /tmp/claimstream-score; one --verbose file per set)
#
# CLAIMSTREAM_RUN_DIR (default ./.run) gives the stack's write key; INGEST and QUERY its addresses.
set -euo pipefail
REPO="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="${1:-/tmp/claimstream-score}"
RUN_DIR="${CLAIMSTREAM_RUN_DIR:-$REPO/.run}"
SCORE="$REPO/../shared/eval/score.py"
HELDOUT="$REPO/analysis-core/src/test/resources/heldout"
export CLAIMSTREAM_TOKEN="${CLAIMSTREAM_TOKEN:-$(cat "$RUN_DIR/api-key")}"
mkdir -p "$OUT"

score() { # NAME GOLD DOCS
  python3 "$SCORE" --gold "$2" --docs "$3" --ingest "${INGEST:-http://localhost:8081}" \
      --query "${QUERY:-http://localhost:8083}" --verbose >"$OUT/$1.txt" 2>&1 || true
  printf '%-8s %s\n' "$1" "$(grep '^score:' "$OUT/$1.txt" || tail -1 "$OUT/$1.txt")"
}

score seeds "$REPO/../shared/eval/seeds.gold.json" "$REPO/../shared/seeds"
for gold in $(ls "$HELDOUT"/*.gold.json | sort -V); do
  name=$(basename "$gold" .gold.json)
  score "$name" "$gold" "$HELDOUT"
done

#!/usr/bin/env bash
# Worked examples of the read API (issue 5): one real request and its real answer per endpoint,
# over the four seed documents, written as Markdown. Not part of CI; rerun it against any stack.
#
#   query-service/bench/worked-examples.sh REPORT.md
#
# It ingests the seeds (../shared/seeds, with the titles and dates the scorer posts them with, so
# the document ids are the same whoever posts first; a seed already stored answers "duplicate"),
# waits until each is served and Luo Fuli's 001/002 corroboration is linked, then calls every
# endpoint. The live stream is captured while a short document written for this script (with the
# run's time in it, so each run posts a new one) is posted.
#
# Environment: INGEST_URL, QUERY_URL (default: the local stack's .run/stack.env, else :8081/:8083),
# CLAIMSTREAM_TOKEN (default: .run/api-key), SEEDS_DIR, GOLD_FILE, CLAIMSTREAM_RUN_DIR.
# Needs bash, curl and python3.
set -euo pipefail
REPORT=${1:?usage: worked-examples.sh REPORT.md}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
RUN_DIR=${CLAIMSTREAM_RUN_DIR:-$ROOT/.run}
env_value() { sed -n "s/^$1=//p" "$RUN_DIR/stack.env" 2>/dev/null; }
INGEST=${INGEST_URL:-$(env_value CLAIMSTREAM_INGEST_URL)}; INGEST=${INGEST:-http://localhost:8081}
QUERY=${QUERY_URL:-$(env_value CLAIMSTREAM_QUERY_URL)}; QUERY=${QUERY:-http://localhost:8083}
TOKEN=${CLAIMSTREAM_TOKEN:-$(cat "$RUN_DIR/api-key" 2>/dev/null || true)}
SEEDS=${SEEDS_DIR:-$ROOT/../shared/seeds}
GOLD=${GOLD_FILE:-$ROOT/../shared/eval/seeds.gold.json}
WORK=$(mktemp -d)
STREAM_PID=
cleanup() { [ -z "$STREAM_PID" ] || kill "$STREAM_PID" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

say() { printf '[worked-examples] %s\n' "$*" >&2; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); $1"; }
enc() { python3 -c 'import sys,urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }

# ---- ingest the seeds --------------------------------------------------------------------------
declare -A DOC
for file in "$SEEDS"/*.txt; do
  name=$(basename "$file")
  python3 - "$file" "$GOLD" >"$WORK/body.json" <<'EOF'
import json, os, sys
path, gold = sys.argv[1], sys.argv[2]
name = os.path.basename(path)
body = {"text": open(path, encoding="utf-8").read(), "title": name}
if os.path.exists(gold):
    for doc in json.load(open(gold, encoding="utf-8")):
        if doc["file"] == name:
            body["title"] = doc.get("title") or name
            if doc.get("published"):
                body["published"] = doc["published"]
print(json.dumps(body))
EOF
  answer=$(curl -sS -X POST "$INGEST/documents" -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' --data-binary "@$WORK/body.json")
  DOC[$name]=$(printf '%s' "$answer" | json 'print(d["id"])')
  say "$name -> $answer"
done
for name in "${!DOC[@]}"; do
  deadline=$((SECONDS + 300))
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$QUERY/documents/${DOC[$name]}")" = 200 ]; do
    [ $SECONDS -lt $deadline ] || { say "$name not served after 300 s"; exit 2; }
    sleep 1
  done
done
say "all seeds served"

# ---- report helpers ----------------------------------------------------------------------------
: >"$REPORT"
out() { printf '%s\n' "$@" >>"$REPORT"; }

# show TITLE ITEMS METHOD PATH [curl args...]: the request line, status, caching headers and the
# JSON answer with arrays cut to ITEMS entries and long strings shortened; the body stays in $WORK/last.json
show() {
  local title=$1 items=$2 method=$3 path=$4; shift 4
  local status
  status=$(curl -sS -X "$method" -D "$WORK/headers" -o "$WORK/last.json" -w '%{http_code}' "$@" "$QUERY$path")
  out "### $title" ""
  out '```http'
  out "$method $path"
  grep -qi '^Authorization' <(printf '%s\n' "$@") && out "Authorization: Bearer <api key>"
  if printf '%s\n' "$@" | grep -q '^Content-Type'; then out "Content-Type: application/json"; fi
  [ -f "$WORK/request.json" ] && { out ""; cat "$WORK/request.json" >>"$REPORT"; rm -f "$WORK/request.json"; }
  out '```'
  out "" "HTTP $status$(tr -d '\r' <"$WORK/headers" | grep -iE '^(etag|cache-control):' | sed 's/^/ · /' | tr -d '\n')" ""
  out '```json'
  python3 - "$items" "$WORK/last.json" >>"$REPORT" <<'EOF'
import json, sys
items, path = int(sys.argv[1]), sys.argv[2]
def trim(v):
    if isinstance(v, list):
        kept = [trim(x) for x in v[:items]]
        return kept + ([f"… {len(v) - items} more"] if len(v) > items else [])
    if isinstance(v, dict):  # a claim's entities and quantities are cut to one: they are not the point here
        return {k: (trim(x[:1]) + [f"… {len(x) - 1} more"] if k in ("entities", "quantities") and isinstance(x, list)
                    and len(x) > 1 else trim(x)) for k, x in v.items()}
    if isinstance(v, str) and len(v) > 400:
        return v[:400] + "…"
    return v
def dump(v, indent=0):
    """Pretty JSON, but anything that fits in 100 characters stays on one line."""
    flat = json.dumps(v, ensure_ascii=False)
    if len(flat) + indent <= 100 or not isinstance(v, (list, dict)) or not v:
        return flat
    pad = " " * (indent + 2)
    if isinstance(v, list):
        inner = [pad + dump(x, indent + 2) for x in v]
        return "[\n" + ",\n".join(inner) + "\n" + " " * indent + "]"
    inner = [pad + json.dumps(k, ensure_ascii=False) + ": " + dump(x, indent + 2) for k, x in v.items()]
    return "{\n" + ",\n".join(inner) + "\n" + " " * indent + "}"
raw = open(path, encoding="utf-8").read()
try:
    print(dump(trim(json.loads(raw))))
except ValueError:
    print(raw[:2000] if raw else "(no body)")
EOF
  out '```' ""
}

D000=${DOC[000_585c54710e72df87.txt]}; D001=${DOC[001_1a9ef8554afc04f3.txt]}; D002=${DOC[002_f81a698a9453a3d5.txt]}

# ---- wait for derived data: Luo Fuli's person record and the 001/002 corroboration --------------
LUO=$(curl -sS "$QUERY/speakers?name=$(enc 'Luo Fuli')" | json 'print(d["items"][0]["id"])')
CLUSTER_CLAIM=
deadline=$((SECONDS + 180))
while [ -z "$CLUSTER_CLAIM" ] && [ $SECONDS -lt $deadline ]; do
  for id in $(curl -sS "$QUERY/claims?speaker=$LUO&document=$D002&size=100" | json 'print("\n".join(c["id"] for c in d["items"]))'); do
    if curl -sS "$QUERY/claims/$id" | json "
c = d.get('corroboration') or {}
docs = {s['documentId'] for s in c.get('sources', [])}
sys.exit(0 if {'$D001', '$D002'} <= docs else 1)"; then CLUSTER_CLAIM=$id; break; fi
  done
  [ -n "$CLUSTER_CLAIM" ] || sleep 3
done
[ -n "$CLUSTER_CLAIM" ] || say "no 001/002 corroboration cluster found for $LUO"

out "# Claimstream read API: worked examples over the seeds" ""
out "Generated by \`query-service/bench/worked-examples.sh\` on $(date -u +'%Y-%m-%d %H:%M UTC') against $QUERY"
out "(analyzer $(curl -sS "$QUERY/documents/$D001" | json 'print(d.get("analyzerVersion"))'), commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'))."
out "Every answer below is the real one, with arrays cut to a few entries (\`… n more\`) and strings over 400"
out "characters shortened. Seeds: 000 = $D000, 001 = $D001, 002 = $D002, 003 = ${DOC[003_4eec403256ca6e0c.txt]}." ""

out "## People across documents" ""
show "Find a person by any spelling the documents used" 5 GET "/speakers?name=$(enc 'Luo')&size=5"
show "Luo Fuli: aliases, dated affiliations, documents, claims per topic, timeline" 3 GET "/speakers/$LUO"
show "Every person (namesakes and people sharing a surname stay apart)" 25 GET "/speakers?size=25"

out "## Topics" ""
show "Topics with counts and a monthly trend" 4 GET "/topics"
show "One topic: speakers grouped by agreement, stance per claim, representative claims" 2 GET "/topics/china-vs-us?size=3"
show "Emergent topics: clusters of claims that fit no taxonomy topic well" 8 GET "/topics/emergent"

out "## Predictions ledger" ""
show "Predictions on China vs US whose horizon overlaps 2030, by horizon end" 3 GET "/predictions?topic=china-vs-us&horizon=2030&size=3"
show "One speaker's predictions" 3 GET "/predictions?speaker=$(enc 'Lin Junyang')&size=3"
PRED=$(curl -sS "$QUERY/predictions?topic=china-vs-us&horizon=2030&size=1" | json 'print(d["items"][0]["id"])')
printf '%s\n' '{"outcome": "partly", "note": "Worked example: marked by the worked-examples script, not a real verdict."}' >"$WORK/resolution.json"
cp "$WORK/resolution.json" "$WORK/request.json"
show "Resolving a prediction without a credential" 3 POST "/predictions/$PRED/resolution" \
  -H 'Content-Type: application/json' --data-binary "@$WORK/resolution.json"
cp "$WORK/resolution.json" "$WORK/request.json"
show "Resolving it with the API key" 3 POST "/predictions/$PRED/resolution" \
  -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' --data-binary "@$WORK/resolution.json"
show "Resolved predictions" 3 GET "/predictions?resolved=true&size=3"

out "## Corroboration" ""
if [ -n "$CLUSTER_CLAIM" ]; then
  show "A claim of Luo Fuli's in 002 and the same statement in 001, each source sentence in its paragraph" 4 GET "/claims/$CLUSTER_CLAIM"
fi

out "## Search" ""
show "Full text, ranked, with highlighted fragments" 3 GET "/claims?q=$(enc 'reinforcement learning')&size=3"
show "Full text combined with a speaker and a date filter" 3 GET "/claims?q=$(enc 'data')&speaker=$LUO&from=2026-06&size=3"
show "Semantic search, same embedding model as analysis, with a type filter" 3 GET "/claims?q=$(enc 'Will Chinese labs overtake American ones?')&mode=semantic&type=prediction&size=3"
show "Semantic search within one document" 3 GET "/claims?q=$(enc 'models improving themselves')&mode=semantic&document=$D002&size=3"

out "## Compare" ""
show "Two people's claims on one topic side by side" 2 GET "/compare?speakers=$LUO,$(enc 'Yao Shunyu')&topic=agents&size=2"

out "## Documents" ""
show "Stored documents, newest first" 4 GET "/documents?size=4"

out "## Live stream" ""
stamp=$(date -u +'%Y-%m-%dT%H:%M:%SZ')
cat >"$WORK/live.txt" <<EOF
Dockside Notes, recorded $stamp

Ines Marlow (Head of Research, Tidewater AI): I think small agent models trained with reinforcement learning will beat larger chat models on coding tasks by 2027.

Ravi Okafor (Partner, Brightwater Capital): I disagree. Compute is still the binding constraint, and most labs cannot afford the reinforcement learning runs that would take.

Ines Marlow (Head of Research, Tidewater AI): We should publish our evaluation suites openly, so that others can check the claims we make.
EOF
curl -sN --max-time 120 "$QUERY/stream" >"$WORK/stream.txt" &
STREAM_PID=$!
sleep 2
live=$(curl -sS -X POST "$INGEST/documents?title=$(enc "dockside-notes-$stamp.txt")" -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: text/plain; charset=utf-8' --data-binary "@$WORK/live.txt")
LIVE=$(printf '%s' "$live" | json 'print(d["id"])')
deadline=$((SECONDS + 120))
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$QUERY/documents/$LIVE")" = 200 ] || [ $SECONDS -ge $deadline ]; do sleep 1; done
sleep 3
kill "$STREAM_PID" 2>/dev/null || true; wait "$STREAM_PID" 2>/dev/null || true; STREAM_PID=
out "### Server-Sent Events while a document is posted" "" '```http' "GET /stream" '```' ""
out "posted meanwhile (\`POST $INGEST/documents\`, text/plain, answer \`$live\`):" "" '```text'
cat "$WORK/live.txt" >>"$REPORT"
out '```' "" "first events received (data lines shortened to 600 characters):" "" '```text'
python3 - "$WORK/stream.txt" >>"$REPORT" <<'EOF'
import sys
events = [e for e in open(sys.argv[1], encoding="utf-8").read().split("\n\n") if e.strip() and "data:" in e]
for event in events[:4]:
    print("\n".join(line if len(line) <= 600 else line[:600] + "…" for line in event.splitlines()))
    print()
print(f"({len(events)} events in all: 1 document + {len(events) - 1} claims)")
EOF
out '```' ""

out "## Conventions" ""
show "A page past the end keeps the total" 3 GET "/claims?speaker=$LUO&page=1000&size=10"
show "Every list has a maximum page size" 3 GET "/claims?size=5000"
curl -sS -D "$WORK/h1" -o /dev/null "$QUERY/speakers/$LUO"
tag=$(tr -d '\r' <"$WORK/h1" | sed -n 's/^[Ee][Tt][Aa][Gg]: //p')
code=$(curl -sS -o /dev/null -w '%{http_code}' -H "If-None-Match: $tag" "$QUERY/speakers/$LUO")
out "### Revalidation" "" '```http' "GET /speakers/$LUO" "If-None-Match: $tag" '```' "" "HTTP $code (no body)" ""
say "report written to $REPORT"

#!/usr/bin/env python3
"""How relevant cheaper full-text rankings are beside the service's (issue 5), on the benchmark's corpus.

For each of a fixed set of queries: the newest 1,000 matches (the candidates a ranked GET /claims?q= reads
at claimstream.query.full-text.max-ranked 1000: published DESC, document, span, id), each with ts_rank_cd,
ts_rank and the text, read once over psql. Each variant's top 20 is computed here in the service's order
(rank DESC, published ASC, document, span, id) and compared with the reference, ts_rank_cd over the
newest 1,000 (the ranking before read-benchmark-1m-fulltext-rank.txt):
  ids@20  - the top-20 claims in common / 20
  nDCG@20 - with each claim's ts_rank_cd as its gain: 1.0 when the variant's 20 are as relevant by the
            reference's own score as the reference's 20, whichever of equally scored claims it picks
  tau-b   - Kendall's tau-b of the variant's score and ts_rank_cd over the variant's candidates
            (meaningless for the re-ranked variants: their order is positional, ties broken)
"kept" ranks by the query without its exclusions (querytree), as the service now does.

  PGPASSWORD=claimstream query-service/bench/full-text-rank-quality.py PORT
  (PostgreSQL of read-benchmark.sh's BENCH_DIR running, e.g. started by the local stack's PostgresServer)
"""
import csv, io, math, subprocess, sys

PORT = sys.argv[1] if len(sys.argv) > 1 else "55932"
QUERIES = ["export controls", "reward signals", "open weights", "humanoid robot", '"coding assistants"',
           "diminishing returns", "gigawatt data centres", "synthetic data", "red-team results", "token prices",
           "open models", "agents", "chips", "reinforcement learning", "models", "inference", "training data",
           "world models video", "robots warehouses", "American labs chips", "agents or robots", "models -open"]

SQL = """COPY (WITH w AS (SELECT websearch_to_tsquery('english', %s) AS q),
q AS (SELECT w.q, CASE WHEN querytree(w.q) IN ('', 'T') THEN w.q ELSE querytree(w.q)::tsquery END AS kept FROM w)
SELECT c.id, c.published, c.document_id, c.span_start, c.text, ts_rank_cd(c.tsv, q.q) AS cd, ts_rank(c.tsv, q.q) AS r,
       ts_rank_cd(c.tsv, q.q, 1) AS cd1, ts_rank(c.tsv, q.q, 1) AS r1, ts_rank(c.tsv, q.kept) AS rq
FROM claim c, q WHERE c.tsv @@ q.q
ORDER BY c.published DESC NULLS FIRST, c.document_id DESC, c.span_start DESC, c.id DESC LIMIT 1000) TO STDOUT WITH CSV"""

def lit(s):
    return "'" + s.replace("'", "''") + "'"

def fetch(q):
    out = subprocess.run(["psql", "-X", "-q", "-h", "127.0.0.1", "-p", PORT, "-U", "claimstream", "claimstream",
                          "-c", SQL % lit(q)], capture_output=True, text=True, check=True).stdout
    rows = []
    for r in csv.reader(io.StringIO(out)):
        rows.append(dict(id=r[0], published=r[1], doc=r[2], span=int(r[3]), text=r[4], cd=float(r[5]), r=float(r[6]),
                         cd1=float(r[7]), r1=float(r[8]), rq=float(r[9])))
    return rows

def order(cands, score):
    # rank DESC, published ASC NULLS LAST, document, span, id (the service's RANKED_ORDER)
    return sorted(cands, key=lambda c: (-score(c), c["published"] or "9999", c["doc"], c["span"], c["id"]))

def top(cands, score, k=20):
    return order(cands, score)[:k]

def ndcg(variant, reference):
    dcg = sum(c["cd"] / math.log2(i + 2) for i, c in enumerate(variant))
    ideal = sum(c["cd"] / math.log2(i + 2) for i, c in enumerate(reference))
    return dcg / ideal if ideal else 1.0

def tau_b(xs, ys):
    from scipy.stats import kendalltau
    t = kendalltau(xs, ys).statistic
    return 1.0 if t != t else t

def rerank(cands, cheap, k):
    # the cheap score over all candidates, cover density for its top k only (those keep their cd rank above the rest)
    first = order(cands, cheap)
    head = order(first[:k], lambda c: c["cd"])
    return head + first[k:]

VARIANTS = {
    "cd 1000 (current)": lambda cs: order(cs[:1000], lambda c: c["cd"]),
    "cd 500": lambda cs: order(cs[:500], lambda c: c["cd"]),
    "cd 250": lambda cs: order(cs[:250], lambda c: c["cd"]),
    "rank 1000": lambda cs: order(cs[:1000], lambda c: c["r"]),
    "rank 500": lambda cs: order(cs[:500], lambda c: c["r"]),
    "rank 250": lambda cs: order(cs[:250], lambda c: c["r"]),
    "rank 1000, cd top 100": lambda cs: rerank(cs[:1000], lambda c: c["r"], 100),
    "rank 1000, cd top 50": lambda cs: rerank(cs[:1000], lambda c: c["r"], 50),
    "rank kept 1000": lambda cs: order(cs[:1000], lambda c: c["rq"]),
    "rank kept 500": lambda cs: order(cs[:500], lambda c: c["rq"]),
    "rank kept 1000, cd top 100": lambda cs: rerank(cs[:1000], lambda c: c["rq"], 100),
    "cd norm1 1000": lambda cs: order(cs[:1000], lambda c: c["cd1"]),
    "rank norm1 1000": lambda cs: order(cs[:1000], lambda c: c["r1"]),
}
SCORES = {"cd 1000 (current)": "cd", "cd 500": "cd", "cd 250": "cd", "rank 1000": "r", "rank 500": "r", "rank 250": "r",
          "rank 1000, cd top 100": None, "rank 1000, cd top 50": None, "rank kept 1000": "rq", "rank kept 500": "rq", "rank kept 1000, cd top 100": None, "cd norm1 1000": "cd1", "rank norm1 1000": "r1"}

per = {v: [] for v in VARIANTS}
detail = []
for q in QUERIES:
    cs = fetch(q)
    ref = VARIANTS["cd 1000 (current)"](cs)[:20]
    ref_ids = {c["id"] for c in ref}
    distinct_cd = len({c["cd"] for c in cs}); distinct_r = len({c["r"] for c in cs})
    line = [f"{q:24s} cands {len(cs):4d} distinct cd {distinct_cd:2d} rank {distinct_r:3d} ref top20 cd {ref[0]['cd']:.3f}..{ref[-1]['cd']:.3f}"]
    for v, f in VARIANTS.items():
        full = f(cs); t20 = full[:20]
        ids = len(ref_ids & {c["id"] for c in t20}) / 20
        nd = ndcg(t20, ref)
        s = SCORES[v]
        n = 1000 if "1000" in v else int(v.split()[-1]) if s else 1000
        sub = cs[:n]
        if s:
            tau = tau_b([c[s] for c in sub], [c["cd"] for c in sub])
        else:
            pos = {c["id"]: i for i, c in enumerate(full)}
            tau = tau_b([-pos[c["id"]] for c in sub], [c["cd"] for c in sub])
        per[v].append((ids, nd, tau))
        line.append(f"   {v:24s} ids {ids:.2f} ndcg {nd:.3f} tau {tau:.3f}")
    detail.append("\n".join(line))
print("\n".join(detail))
print()
print(f"{'variant':26s} {'ids@20':>7s} {'min':>5s} {'nDCG@20':>8s} {'min':>6s} {'tau-b':>6s} {'min':>6s}   over {len(QUERIES)} queries")
for v, xs in per.items():
    ids = [x[0] for x in xs]; nd = [x[1] for x in xs]; ta = [x[2] for x in xs]
    print(f"{v:26s} {sum(ids)/len(ids):7.3f} {min(ids):5.2f} {sum(nd)/len(nd):8.3f} {min(nd):6.3f} {sum(ta)/len(ta):6.3f} {min(ta):6.3f}")

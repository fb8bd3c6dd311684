#!/usr/bin/env python3
"""Variants of the ranked full-text page statement, to measure where its database CPU goes.

Each variant is main.sql (PreparedPlans' full-text statement, see statement-ab.py) with one part
removed or changed; statement-ab.py runs them interleaved. Most variants answer differently: they
measure cost, not answers (read-benchmark-1m-fulltext32.txt says which ones answer the same).

  query-service/bench/fulltext-variants.py main.sql OUTDIR
  PGPASSWORD=claimstream query-service/bench/statement-ab.py PORT 16 100 main.sql OUTDIR/walk-sort.sql ...

  walk-nosort  the month walk to max-ranked candidates, counted: no window sort, no rank, no page
  walk-sort    the same with each window's newest-first sort
  top20        the ranked candidates and the page's 20 ids with the total: no joins, no highlights
  nohl         the whole page without ts_headline
  none         the whole statement for a word without matches (all windows searched, nothing read)
  rank-cd      ts_rank_cd instead of ts_rank
  rank-window  each candidate ranked inside its window, so that the window sort carries a float, not the tsvector
  exact        the phrase and exclusion check skipped when the month keys already match exactly
               (the query has no phrase and no exclusion)
  lean         the window's search without its OFFSET 0 subquery
"""
import os
import re
import sys

main, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
text = open(main).read()
prepare = re.search(r"PREPARE .*?;\n", text, re.S).group(0)
before, after = text[:text.index(prepare)], text[text.index(prepare) + len(prepare):]


def write(name, statement):
    if statement == prepare:
        sys.exit(name + ": main.sql is not the statement this script knows")
    open(os.path.join(out, name + ".sql"), "w").write(before + statement + after)


def replaced(old, new, statement=prepare):
    if old not in statement:
        sys.exit("not in main.sql: " + old)
    return statement.replace(old, new)


SORT = " ORDER BY c.published DESC, c.document_id DESC, c.span_start DESC, c.id DESC) f"
WALK = re.search(r"\(SELECT f\.\* FROM months mo CROSS JOIN LATERAL .*? LIMIT \d+\)", prepare, re.S).group(0)
HEAD = prepare.split("candidates AS MATERIALIZED")[0]
walk = HEAD + "x AS (SELECT 1 FROM " + WALK + " n WHERE length($1) + length($4) > 0) SELECT count(*) FROM x;\n"
write("walk-sort", walk)
write("walk-nosort", replaced(SORT, ") f", walk))
write("top20", prepare.split("\nSELECT c.id,")[0]
      + "\nSELECT m.id, length($4), (SELECT count(*) FROM candidates) FROM m ORDER BY m.rank DESC;\n")
HEADLINE = re.search(r"ts_headline\('english', c\.text, .*?'\)(?= AS highlight)", prepare).group(0)
write("nohl", replaced(HEADLINE, "$4"))
write("none", re.sub(r"websearch_to_tsquery\('english', \$(\d)\)",
                     lambda m: "websearch_to_tsquery('english', 'zzqxv' || left($%s, 0))" % m.group(1), prepare))
write("rank-cd", replaced("SELECT ts_rank(n.tsv,", "SELECT ts_rank_cd(n.tsv,"))
RANK_QUERY = re.search(r"SELECT ts_rank\(n\.tsv, (.*?)\) AS rank", prepare).group(1)
write("rank-window", replaced("SELECT c.published, c.span_start, c.document_id, c.id, c.tsv FROM",
                              "SELECT ts_rank(c.tsv, " + RANK_QUERY + ") AS rank, c.published, c.span_start, c.document_id, c.id FROM",
                              replaced("ts_rank(n.tsv, " + RANK_QUERY + ") AS rank", "n.rank")))
CHECK = " AND c.tsv @@ (SELECT websearch_to_tsquery('english', $3))"
write("exact", replaced(CHECK, " AND ((SELECT numnode(q) > 0 AND querytree(q) = q::text AND position('<' IN q::text) = 0"
                               " FROM websearch_to_tsquery('english', $3) q) OR c.tsv @@ (SELECT websearch_to_tsquery('english', $3)))"))
window = re.search(r"\(SELECT c\.published, c\.span_start, c\.document_id, c\.id, c\.tsv FROM \(SELECT s\.claim_id AS id.*?\) f", prepare, re.S).group(0)
search = re.search(r"WHERE (claim_month_terms\(s\.tsv, s\.published\) @@ .*?) OFFSET 0\)", window).group(1)
write("lean", replaced(window, "(SELECT c.published, c.span_start, c.document_id, c.claim_id AS id, c.tsv FROM claim_search c WHERE "
                       + search.replace("s.", "c.") + CHECK + SORT.replace("c.id DESC", "c.claim_id DESC")))

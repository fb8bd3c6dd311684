-- Ranked full text (GET /claims?q=) ranks among the newest matches: it reads the published months
-- newest first until it holds claimstream.query.full-text.max-ranked of them. Before, it ranked the
-- first max-ranked matches claim_tsv_idx yielded, and GIN builds the bitmap of every match before
-- it yields the first: 9.6-9.9 of a page's 12.7 ms of database CPU at a million claims for
-- 15,000-30,000 matches (query-service/bench/read-benchmark-1m-readcost3.txt).
--
-- A month lexeme ANDed with the words does not help: GIN still decodes every posting of each word
-- wherever a month's claims are spread over the table (the benchmark's are). So this index keys
-- each word by its month, "202611 export", and a month's search reads only that month's postings.
-- It is an expression index over the stored tsvector: no column is added, so the 1.3 GB table is
-- not rewritten, and the write path is unchanged. A space never occurs in a lexeme the text parser
-- makes, so a query's words never match a key. Each claim also has its month alone as a key, for a
-- query that only excludes words.
--
-- The keys hold no positions: the index finds the claims that have a query's words in a month, and
-- the caller checks phrases and exclusions on the claim's own tsv. A phrase in the index query would
-- make PostgreSQL recheck each row by computing its keys again (117 ms a query for 1,000 candidates).
--
-- The month key is written out in both functions instead of a third function: an index
-- expression runs with a search_path that may not find this schema's functions.

-- The claim's lexemes, each prefixed by its published month (YYYYMM) or "undated", and the month.
CREATE FUNCTION claim_month_terms(tsv tsvector, published date) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT array_to_tsvector(ARRAY[m.key] || ARRAY(SELECT m.key || ' ' || l FROM unnest(tsvector_to_array(tsv)) l))
    FROM (SELECT coalesce((extract(year FROM published) * 100 + extract(month FROM published))::integer::text,
                          'undated') AS key) m
$$;

-- What the claims of some months that match a query have in their keys: the query's indexable part
-- (querytree: without its exclusions), phrases as plain ANDs, in each of the months newest, newest
-- minus one month and so on, ORed: each month's postings are read, none older. Undated claims when
-- newest is null; newest is the first day of a month. A superset of the matches: the caller matches
-- the query itself on the claims found.
CREATE FUNCTION claim_month_query(query tsquery, newest date, months integer) RETURNS tsquery
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN numnode(query) = 0 THEN query ELSE (
        SELECT string_agg(CASE WHEN q.indexable = 'T' THEN '''' || k.key || ''''
                               ELSE '(' || regexp_replace(q.indexable, '''((?:[^'']|'''')*)''', '''' || k.key || ' \1''', 'g')
                                    || ')' END, ' | ')::tsquery
        FROM (SELECT regexp_replace(querytree(query), ' <(?:-|[0-9]+)> ', ' & ', 'g') AS indexable) q,
             (SELECT coalesce((extract(year FROM m.first_day) * 100 + extract(month FROM m.first_day))::integer::text,
                              'undated') AS key
              FROM (SELECT NULL::date AS first_day WHERE newest IS NULL
                    UNION ALL
                    SELECT (newest - i * interval '1 month')::date FROM generate_series(0, months - 1) i
                    WHERE newest IS NOT NULL) m) k) END
$$;

CREATE INDEX claim_month_terms_idx ON claim USING gin (claim_month_terms(tsv, published));

-- statistics for the new expression, so that a month's search is planned on the index at once
ANALYZE claim;

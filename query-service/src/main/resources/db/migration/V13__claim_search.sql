-- What a ranked full-text query (GET /claims?q=) reads of each candidate, in a table of its own:
-- the claim's id, order keys, type and tsvector, stored newest first. V11's month walk found the
-- newest 1,000 matches in a month's postings, then read each from the claim table: a heap page
-- per candidate (1,029 pages for 1,059 rows at a million claims) of a 1.3 GB table whose rows
-- carry the text, entities, quantities and embedding, and whose tsvector is the 23rd column
-- (deformed past 22 others for every candidate). Here a row is ~180 bytes (44 a page, 181 MB
-- for a million claims), the rows of one month sit together, and the same candidates are read
-- from ~790 pages: database CPU a page a quarter less for the benchmark's words (7.0-7.3 -> 5.2-5.6
-- ms on the busy machine), a third less for common ones, whose newest month alone holds thousands
-- of matches (query-service/bench/read-benchmark-1m-fulltext23.txt).
--
-- Kept in step with claim the way claim_topic is (V3): claims are only ever inserted and deleted
-- (a new analysis replaces a document's claims; later updates set only clusters and embeddings),
-- so a statement trigger copies what a statement inserts, newest first, and the foreign key
-- deletes a claim's row with it. The type rides along for the one filter the month walk applies
-- besides dates (ClaimSql.walksMonths).
CREATE TABLE claim_search (
    published   date,
    span_start  integer NOT NULL,
    claim_id    text    NOT NULL PRIMARY KEY REFERENCES claim (id) ON DELETE CASCADE,
    document_id text    NOT NULL,
    type        text    NOT NULL,
    tsv         tsvector
);

CREATE FUNCTION claim_search_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO claim_search (published, span_start, claim_id, document_id, type, tsv)
    SELECT a.published, a.span_start, a.id, a.document_id, a.type, a.tsv FROM added a
    ORDER BY a.published DESC NULLS FIRST, a.document_id DESC, a.span_start DESC, a.id DESC;
    RETURN NULL;
END
$$;

CREATE TRIGGER claim_search_insert AFTER INSERT ON claim REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION claim_search_insert();

-- newest first, undated first, as the month walk reads them
INSERT INTO claim_search (published, span_start, claim_id, document_id, type, tsv)
SELECT c.published, c.span_start, c.id, c.document_id, c.type, c.tsv FROM claim c
ORDER BY c.published DESC NULLS FIRST, c.document_id DESC, c.span_start DESC, c.id DESC;

-- V11's month-keyed words, over the narrow rows; the claim table's copy has no other reader
CREATE INDEX claim_search_month_terms_idx ON claim_search USING gin (claim_month_terms(tsv, published));
DROP INDEX claim_month_terms_idx;

ANALYZE claim_search;

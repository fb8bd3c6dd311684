-- How many claims each topic has, per claim type: the total of GET /claims?topic= (and ?topic=&type=).
-- Counting it from claim_topic's index read every claim of the topic for each page: 76,241 index
-- entries, 25 of the 25.7 ms of a page of 'agents' at a million claims (query-service/bench). Here it
-- is a sum over a few rows.
--
-- Exact, not estimated: the counts change in the statement that inserts or deletes the claims, so in
-- the same transaction, and a reader's snapshot sees the claims and their count alike (a new
-- document, a re-analysis that replaces a document's claims, a document deleted with its claims).
-- A claim counts once per distinct topic, as claim_topic holds it; claims are never re-topiced (see
-- V3__claim_topic.sql), so updates leave the counts alone.
--
-- Several writers store documents at once (replicas, a replay): one row per topic and type would
-- make each document's transaction wait for every other one that touches the same topic until it
-- commits, and two re-analyses taking the rows in different orders could deadlock. So each
-- transaction counts into a shard of its own: it holds a transaction-scoped advisory lock on the
-- shard, which no other transaction then uses until it ends. Readers sum the shards.
CREATE TABLE topic_claim_count (
    topic  text    NOT NULL,
    type   text    NOT NULL,
    shard  integer NOT NULL,
    claims bigint  NOT NULL,
    PRIMARY KEY (topic, type, shard)
);

-- The shard this transaction counts into: the first free one from a place that depends on the
-- backend, so that concurrent writers rarely even try the same one. Advisory locks are re-entrant,
-- so the transaction's second statement finds its own shard again (or an earlier one freed since,
-- which is as good: it then holds both). Only with more concurrent writers than shards does one wait.
-- 1952673135 names these locks apart from any others (the two-key form never meets the one-key form).
CREATE FUNCTION topic_claim_count_shard() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    shards CONSTANT integer := 16;
    first integer := pg_backend_pid() % shards;
BEGIN
    FOR i IN 0 .. shards - 1 LOOP
        IF pg_try_advisory_xact_lock(1952673135, (first + i) % shards) THEN
            RETURN (first + i) % shards;
        END IF;
    END LOOP;
    PERFORM pg_advisory_xact_lock(1952673135, first);
    RETURN first;
END
$$;

-- One upsert per statement, whatever its number of claims (a document's claims go in as multi-row
-- inserts and go out in one delete).
CREATE FUNCTION topic_claim_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    mine integer;
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NOT EXISTS (SELECT 1 FROM added) THEN
            RETURN NULL;
        END IF;
        mine := topic_claim_count_shard();
        INSERT INTO topic_claim_count AS k (topic, type, shard, claims)
        SELECT t.topic, a.type, mine, count(*)
        FROM added a, LATERAL (SELECT DISTINCT unnest(a.topics) AS topic) t
        GROUP BY t.topic, a.type ORDER BY t.topic, a.type
        ON CONFLICT ON CONSTRAINT topic_claim_count_pkey DO UPDATE SET claims = k.claims + EXCLUDED.claims;
    ELSE
        IF NOT EXISTS (SELECT 1 FROM removed) THEN
            RETURN NULL;
        END IF;
        mine := topic_claim_count_shard();
        INSERT INTO topic_claim_count AS k (topic, type, shard, claims)
        SELECT t.topic, r.type, mine, -count(*)
        FROM removed r, LATERAL (SELECT DISTINCT unnest(r.topics) AS topic) t
        GROUP BY t.topic, r.type ORDER BY t.topic, r.type
        ON CONFLICT ON CONSTRAINT topic_claim_count_pkey DO UPDATE SET claims = k.claims + EXCLUDED.claims;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER topic_claim_count_insert AFTER INSERT ON claim REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION topic_claim_count_change();
CREATE TRIGGER topic_claim_count_delete AFTER DELETE ON claim REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION topic_claim_count_change();

CREATE FUNCTION topic_claim_count_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM topic_claim_count;
    RETURN NULL;
END
$$;

CREATE TRIGGER topic_claim_count_truncate AFTER TRUNCATE ON claim
    FOR EACH STATEMENT EXECUTE FUNCTION topic_claim_count_truncate();

-- the claims already stored; the triggers above hold writers off claim until this commits
INSERT INTO topic_claim_count (topic, type, shard, claims)
SELECT topic, type, 0, count(*) FROM claim_topic GROUP BY topic, type;

-- How many claims each topic has on each publication day, per claim type: the total of
-- GET /claims?topic=&from=&to= (and with &type=). V7's counts have no dates, so a dated topic page
-- counted its total from claim_topic's index: every claim of the topic in the date range, those of
-- other types read and filtered, 13,093 index entries and 2.0 of the 2.1 ms of database CPU of a
-- half-year of 'agents' predictions at a million claims (query-service/bench/read-benchmark-1m-readcost3.txt).
-- Here it is a sum over one row per day of the range (and per shard that wrote to it).
--
-- Kept as V7__topic_claim_count.sql keeps a topic's: exact, changed by the statement that inserts or
-- deletes the claims, into the shard of V7's advisory lock that the writing transaction holds. A
-- claim's published date, like its topics and type, is set when it is inserted and never updated
-- (claim_topic copies it once too). Claims without a date are not counted: a date filter never
-- matches them. The key leads with the topic and the day, so a range of days is one index range
-- whether a type is asked or not.
CREATE TABLE topic_day_claim_count (
    topic     text    NOT NULL,
    published date    NOT NULL,
    type      text    NOT NULL,
    shard     integer NOT NULL,
    claims    bigint  NOT NULL,
    PRIMARY KEY (topic, published, type, shard)
);

-- One upsert per statement, whatever its number of claims.
CREATE FUNCTION topic_day_claim_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    mine integer;
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NOT EXISTS (SELECT 1 FROM added WHERE published IS NOT NULL AND topics <> '{}') THEN
            RETURN NULL;
        END IF;
        mine := topic_claim_count_shard();
        INSERT INTO topic_day_claim_count AS k (topic, published, type, shard, claims)
        SELECT t.topic, a.published, a.type, mine, count(*)
        FROM added a, LATERAL (SELECT DISTINCT unnest(a.topics) AS topic) t
        WHERE a.published IS NOT NULL
        GROUP BY t.topic, a.published, a.type ORDER BY t.topic, a.published, a.type
        ON CONFLICT ON CONSTRAINT topic_day_claim_count_pkey DO UPDATE SET claims = k.claims + EXCLUDED.claims;
    ELSE
        IF NOT EXISTS (SELECT 1 FROM removed WHERE published IS NOT NULL AND topics <> '{}') THEN
            RETURN NULL;
        END IF;
        mine := topic_claim_count_shard();
        INSERT INTO topic_day_claim_count AS k (topic, published, type, shard, claims)
        SELECT t.topic, r.published, r.type, mine, -count(*)
        FROM removed r, LATERAL (SELECT DISTINCT unnest(r.topics) AS topic) t
        WHERE r.published IS NOT NULL
        GROUP BY t.topic, r.published, r.type ORDER BY t.topic, r.published, r.type
        ON CONFLICT ON CONSTRAINT topic_day_claim_count_pkey DO UPDATE SET claims = k.claims + EXCLUDED.claims;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER topic_day_claim_count_insert AFTER INSERT ON claim REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION topic_day_claim_count_change();
CREATE TRIGGER topic_day_claim_count_delete AFTER DELETE ON claim REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION topic_day_claim_count_change();

CREATE FUNCTION topic_day_claim_count_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM topic_day_claim_count;
    RETURN NULL;
END
$$;

CREATE TRIGGER topic_day_claim_count_truncate AFTER TRUNCATE ON claim
    FOR EACH STATEMENT EXECUTE FUNCTION topic_day_claim_count_truncate();

-- the claims already stored; the triggers above hold writers off claim until this commits
INSERT INTO topic_day_claim_count (topic, published, type, shard, claims)
SELECT topic, published, type, 0, count(*) FROM claim_topic WHERE published IS NOT NULL
GROUP BY topic, published, type ORDER BY topic, published, type;

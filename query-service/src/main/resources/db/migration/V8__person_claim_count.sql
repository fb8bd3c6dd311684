-- How many claims each person has said, per claim type: the total of GET /claims?speaker= (and
-- ?speaker=&type=, and a speaker's column of GET /compare without a topic). Counting it from
-- claim_person_idx read every claim of the speaker for each page: 22,460 index entries for the
-- busiest speaker at a million claims, most of a page's 3 ms (query-service/bench). Here it is a sum
-- over a few rows per person.
--
-- Kept the way V7__topic_claim_count.sql keeps a topic's: exact, changed by the statement that
-- inserts or deletes the claims (a new document, a re-analysis replacing a document's claims, a
-- document deleted with its claims), into the shard the writing transaction holds, so concurrent
-- writers never wait on one counter row. The shard is V7's: one advisory lock per transaction
-- serves both tables. Claims without a speaker are not counted (no request asks for them by
-- person). A claim's speaker and type are never updated (the writer replaces a document's claims
-- whole; later updates set only clusters and embeddings), so updates leave the counts alone.
CREATE TABLE person_claim_count (
    person_id text    NOT NULL,
    type      text    NOT NULL,
    shard     integer NOT NULL,
    claims    bigint  NOT NULL,
    PRIMARY KEY (person_id, type, shard)
);

-- One upsert per statement, whatever its number of claims.
CREATE FUNCTION person_claim_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    mine integer;
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NOT EXISTS (SELECT 1 FROM added WHERE person_id IS NOT NULL) THEN
            RETURN NULL;
        END IF;
        mine := topic_claim_count_shard();
        INSERT INTO person_claim_count AS k (person_id, type, shard, claims)
        SELECT a.person_id, a.type, mine, count(*)
        FROM added a WHERE a.person_id IS NOT NULL
        GROUP BY a.person_id, a.type ORDER BY a.person_id, a.type
        ON CONFLICT ON CONSTRAINT person_claim_count_pkey DO UPDATE SET claims = k.claims + EXCLUDED.claims;
    ELSE
        IF NOT EXISTS (SELECT 1 FROM removed WHERE person_id IS NOT NULL) THEN
            RETURN NULL;
        END IF;
        mine := topic_claim_count_shard();
        INSERT INTO person_claim_count AS k (person_id, type, shard, claims)
        SELECT r.person_id, r.type, mine, -count(*)
        FROM removed r WHERE r.person_id IS NOT NULL
        GROUP BY r.person_id, r.type ORDER BY r.person_id, r.type
        ON CONFLICT ON CONSTRAINT person_claim_count_pkey DO UPDATE SET claims = k.claims + EXCLUDED.claims;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER person_claim_count_insert AFTER INSERT ON claim REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION person_claim_count_change();
CREATE TRIGGER person_claim_count_delete AFTER DELETE ON claim REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION person_claim_count_change();

CREATE FUNCTION person_claim_count_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM person_claim_count;
    RETURN NULL;
END
$$;

CREATE TRIGGER person_claim_count_truncate AFTER TRUNCATE ON claim
    FOR EACH STATEMENT EXECUTE FUNCTION person_claim_count_truncate();

-- the claims already stored; the triggers above hold writers off claim until this commits
INSERT INTO person_claim_count (person_id, type, shard, claims)
SELECT person_id, type, 0, count(*) FROM claim WHERE person_id IS NOT NULL GROUP BY person_id, type;

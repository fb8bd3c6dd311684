-- What a speaker profile (GET /speakers/{id}) counts, kept instead of counted on each request: the
-- person's claims per topic and per document. Counting them read every claim of the person twice,
-- from claim_topic's index and from claim_person_idx (22,460 claims for the busiest speaker at a
-- million claims): 1.0 of the profile's 1.9 ms of database CPU averaged over the benchmark's 200
-- busiest speakers (query-service/bench/read-benchmark-1m-readcost3.txt). Here each is a row a topic
-- or a document (and a shard that wrote to it).
--
-- Kept as V8__person_claim_count.sql keeps a person's claims per type: exact, changed by the
-- statement that inserts or deletes the claims, so in their transaction. A claim's speaker, topics
-- and document are never updated (the writer replaces a document's claims whole).
--
-- Many documents by one person may be stored at once, and a test or a repair may write claims of
-- one document outside DocumentWriter's row lock, so each transaction counts into the shard of V7's
-- advisory lock that it holds and readers sum the shards.
CREATE TABLE person_topic_claim_count (
    person_id text    NOT NULL,
    topic     text    NOT NULL,
    shard     integer NOT NULL,
    claims    bigint  NOT NULL,
    PRIMARY KEY (person_id, topic, shard)
);

CREATE TABLE person_document_claim_count (
    person_id   text    NOT NULL,
    document_id text    NOT NULL,
    shard       integer NOT NULL,
    claims      bigint  NOT NULL,
    PRIMARY KEY (person_id, document_id, shard)
);

-- One upsert per table and statement, whatever its number of claims.
CREATE FUNCTION speaker_profile_counts_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    mine integer;
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NOT EXISTS (SELECT 1 FROM added WHERE person_id IS NOT NULL) THEN
            RETURN NULL;
        END IF;
        mine := topic_claim_count_shard();
        INSERT INTO person_topic_claim_count AS k (person_id, topic, shard, claims)
        SELECT a.person_id, t.topic, mine, count(*)
        FROM added a, LATERAL (SELECT DISTINCT unnest(a.topics) AS topic) t
        WHERE a.person_id IS NOT NULL
        GROUP BY a.person_id, t.topic ORDER BY a.person_id, t.topic
        ON CONFLICT ON CONSTRAINT person_topic_claim_count_pkey DO UPDATE SET claims = k.claims + EXCLUDED.claims;
        INSERT INTO person_document_claim_count AS k (person_id, document_id, shard, claims)
        SELECT a.person_id, a.document_id, mine, count(*)
        FROM added a WHERE a.person_id IS NOT NULL
        GROUP BY a.person_id, a.document_id ORDER BY a.person_id, a.document_id
        ON CONFLICT ON CONSTRAINT person_document_claim_count_pkey DO UPDATE SET claims = k.claims + EXCLUDED.claims;
    ELSE
        IF NOT EXISTS (SELECT 1 FROM removed WHERE person_id IS NOT NULL) THEN
            RETURN NULL;
        END IF;
        mine := topic_claim_count_shard();
        INSERT INTO person_topic_claim_count AS k (person_id, topic, shard, claims)
        SELECT r.person_id, t.topic, mine, -count(*)
        FROM removed r, LATERAL (SELECT DISTINCT unnest(r.topics) AS topic) t
        WHERE r.person_id IS NOT NULL
        GROUP BY r.person_id, t.topic ORDER BY r.person_id, t.topic
        ON CONFLICT ON CONSTRAINT person_topic_claim_count_pkey DO UPDATE SET claims = k.claims + EXCLUDED.claims;
        INSERT INTO person_document_claim_count AS k (person_id, document_id, shard, claims)
        SELECT r.person_id, r.document_id, mine, -count(*)
        FROM removed r WHERE r.person_id IS NOT NULL
        GROUP BY r.person_id, r.document_id ORDER BY r.person_id, r.document_id
        ON CONFLICT ON CONSTRAINT person_document_claim_count_pkey DO UPDATE SET claims = k.claims + EXCLUDED.claims;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER speaker_profile_counts_insert AFTER INSERT ON claim REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION speaker_profile_counts_change();
CREATE TRIGGER speaker_profile_counts_delete AFTER DELETE ON claim REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION speaker_profile_counts_change();

CREATE FUNCTION speaker_profile_counts_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM person_topic_claim_count;
    DELETE FROM person_document_claim_count;
    RETURN NULL;
END
$$;

CREATE TRIGGER speaker_profile_counts_truncate AFTER TRUNCATE ON claim
    FOR EACH STATEMENT EXECUTE FUNCTION speaker_profile_counts_truncate();

-- the claims already stored; the triggers above hold writers off claim until this commits
INSERT INTO person_topic_claim_count (person_id, topic, shard, claims)
SELECT person_id, topic, 0, count(*) FROM claim_topic WHERE person_id IS NOT NULL
GROUP BY person_id, topic ORDER BY person_id, topic;
INSERT INTO person_document_claim_count (person_id, document_id, shard, claims)
SELECT person_id, document_id, 0, count(*) FROM claim WHERE person_id IS NOT NULL
GROUP BY person_id, document_id ORDER BY person_id, document_id;

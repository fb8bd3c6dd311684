-- One row per claim and topic: the claims of a topic in list order, narrow enough that a topic's
-- page is an index walk and its total an index-only count. The GIN index on claim.topics finds a
-- topic's claims too, but then orders and counts them by reading every matching claim row: with a
-- million claims, a common topic's total read 60,000 heap pages (seconds) where this index reads
-- a few hundred index pages (see query-service/bench and the EXPLAIN excerpts in its report).
-- A trigger keeps it in step with claim: claims are only ever inserted and deleted (a new
-- analysis replaces a document's claims), never re-topiced.
CREATE TABLE claim_topic (
    topic       text    NOT NULL,
    claim_id    text    NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    published   date,
    document_id text    NOT NULL,
    span_start  integer NOT NULL,
    person_id   text,
    type        text    NOT NULL,
    PRIMARY KEY (topic, claim_id)
);

-- the claim lists' order within a topic; person and type ride along for index-only counts
CREATE INDEX claim_topic_order_idx ON claim_topic (topic, published, document_id, span_start, claim_id)
    INCLUDE (person_id, type);
CREATE INDEX claim_topic_claim_idx ON claim_topic (claim_id);
-- a speaker's claims on a topic, newest first (the topic view's representative claims)
CREATE INDEX claim_topic_person_idx ON claim_topic (topic, person_id, published, claim_id);
-- a speaker's claim counts per topic (the speaker profile), index-only
CREATE INDEX claim_topic_speaker_idx ON claim_topic (person_id, topic);

CREATE FUNCTION claim_topic_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO claim_topic (topic, claim_id, published, document_id, span_start, person_id, type)
    SELECT DISTINCT t, NEW.id, NEW.published, NEW.document_id, NEW.span_start, NEW.person_id, NEW.type
    FROM unnest(NEW.topics) AS t;
    RETURN NULL;
END
$$;

CREATE TRIGGER claim_topic_insert AFTER INSERT ON claim FOR EACH ROW EXECUTE FUNCTION claim_topic_insert();

INSERT INTO claim_topic (topic, claim_id, published, document_id, span_start, person_id, type)
SELECT DISTINCT t, c.id, c.published, c.document_id, c.span_start, c.person_id, c.type
FROM claim c, unnest(c.topics) AS t;

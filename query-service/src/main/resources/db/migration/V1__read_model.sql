-- The read model of Claimstream: documents as the analysis-service described them, the people
-- who speak in them (resolved across documents), and their claims. Everything here can be
-- rebuilt by replaying documents.analyzed, except prediction_resolution, which users write.

CREATE TABLE document (
    id               text PRIMARY KEY,
    analyzer_version text        NOT NULL,
    title            text,
    source           text,
    url              text,
    -- as the producer wrote it (2026-06-12 or 2026-06), and as a date for ordering and filters
    published_raw    text,
    published        date,
    date_precision   text,
    language         text,
    event            text,
    text             text        NOT NULL,
    speaker_count    integer     NOT NULL,
    claim_count      integer     NOT NULL,
    analyzed_at      timestamptz,
    stored_at        timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX document_published_idx ON document (published DESC NULLS LAST, id);

-- One row per real-world speaker across all documents.
CREATE TABLE person (
    id           text PRIMARY KEY,
    -- the name key it was created under; unique so that two writers racing on a new name meet
    key          text        NOT NULL UNIQUE,
    name         text        NOT NULL,
    kind         text        NOT NULL,
    role         text,
    aliases      text[]      NOT NULL DEFAULT '{}',
    affiliations text[]      NOT NULL DEFAULT '{}',
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX person_name_idx ON person (lower(name), id);

-- A speaker as one document names it, linked to its person.
CREATE TABLE document_speaker (
    document_id  text   NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    speaker_id   text   NOT NULL,
    person_id    text   NOT NULL REFERENCES person (id),
    name         text   NOT NULL,
    name_key     text   NOT NULL,
    aliases      text[] NOT NULL DEFAULT '{}',
    -- name keys of the multi-word aliases: how a later document's speaker finds this person
    alias_keys   text[] NOT NULL DEFAULT '{}',
    role         text,
    affiliations text[] NOT NULL DEFAULT '{}',
    kind         text   NOT NULL,
    PRIMARY KEY (document_id, speaker_id)
);

CREATE INDEX document_speaker_person_idx ON document_speaker (person_id);
CREATE INDEX document_speaker_name_key_idx ON document_speaker (name_key);
CREATE INDEX document_speaker_alias_keys_idx ON document_speaker USING gin (alias_keys);

CREATE TABLE claim (
    id                     text PRIMARY KEY,
    document_id            text             NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    source_id              text             NOT NULL,
    ordinal                integer          NOT NULL,
    speaker_id             text,
    person_id              text REFERENCES person (id),
    text                   text             NOT NULL,
    span_start             integer          NOT NULL,
    span_end               integer          NOT NULL,
    type                   text             NOT NULL,
    topics                 text[]           NOT NULL DEFAULT '{}',
    confidence             double precision NOT NULL,
    attribution            text,
    entities_json          text,
    quantities_json        text,
    is_prediction          boolean          NOT NULL,
    prediction_probability double precision,
    prediction_horizon     text,
    horizon_start          date,
    horizon_end            date,
    -- the document's published date, copied so that the common orderings use one index
    published              date,
    -- id of a claim in the same corroboration cluster (the same statement in several documents)
    cluster_id             text,
    tsv                    tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED
);

-- the stable order of every claim list: published date, then document, then position
CREATE INDEX claim_order_idx ON claim (published, document_id, span_start, id);
CREATE INDEX claim_document_idx ON claim (document_id, span_start);
CREATE INDEX claim_person_idx ON claim (person_id, published, document_id, span_start);
CREATE INDEX claim_topics_idx ON claim USING gin (topics);
CREATE INDEX claim_tsv_idx ON claim USING gin (tsv);
CREATE INDEX claim_cluster_idx ON claim (cluster_id) WHERE cluster_id IS NOT NULL;
CREATE INDEX claim_prediction_idx ON claim (horizon_end, published, document_id, span_start) WHERE is_prediction;

-- Written by users, not derived: kept by claim id (no foreign key) so that a re-analysis that
-- keeps the claim id keeps its resolution.
CREATE TABLE prediction_resolution (
    claim_id    text PRIMARY KEY,
    outcome     text        NOT NULL CHECK (outcome IN ('true', 'false', 'partly')),
    note        text,
    resolved_at timestamptz NOT NULL DEFAULT now()
);

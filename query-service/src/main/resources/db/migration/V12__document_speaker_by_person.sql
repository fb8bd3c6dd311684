-- A person's document_speaker rows, in the order a speaker profile (GET /speakers/{id}) folds them,
-- readable from the index alone: SpeakerQueries.APPEARANCES reads every row of the person (339 for
-- the second busiest of a million claims) and orders them by document, then role. By
-- document_speaker_person_idx (person_id) each row was a heap fetch (278 heap blocks for 339 rows)
-- and the rows were sorted again; here an index-only scan reads 8 pages, already in that order, and
-- the per-document claim counts (V10, keyed by person and document) merge in without a sort
-- (query-service/bench/read-benchmark-1m-profile22.txt: EXPLAIN before and after, database CPU).
--
-- It replaces document_speaker_person_idx: its leading column serves every lookup by person_id as
-- that index did (the person list's document count, the write path's check for people left without
-- documents). Size at a million claims (37,373 rows): 3.6 MB, for 0.4 MB. The write path inserts
-- and deletes document_speaker rows, a document's at a time, never updates them: one index entry a
-- row as before, wider.
CREATE INDEX document_speaker_person_document_idx
    ON document_speaker (person_id, document_id, role) INCLUDE (affiliations);
DROP INDEX document_speaker_person_idx;

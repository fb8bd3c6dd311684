-- The in-process vector index follows documents by when their claims' vectors last changed, not by
-- when the document was stored: the background backfill embeds a large document's claims after it
-- was stored, and those vectors must reach the index too (storing sets both times alike).
ALTER TABLE document ADD COLUMN vectors_at timestamptz;
UPDATE document SET vectors_at = stored_at;
ALTER TABLE document ALTER COLUMN vectors_at SET NOT NULL, ALTER COLUMN vectors_at SET DEFAULT now();
CREATE INDEX document_vectors_at_idx ON document (vectors_at, id);

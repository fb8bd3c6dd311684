-- Sentence vectors of claims, computed where they are stored (the AnalyzedDocument carries none):
-- io.claimstream.embeddings' model, 384 dimensions, unit length, as little-endian half floats
-- (768 bytes). embedding_model names the model, so that a change of model can find the claims
-- still to re-embed; a claim stored before this migration has none until the backfill reaches it.
ALTER TABLE claim ADD COLUMN embedding bytea;
ALTER TABLE claim ADD COLUMN embedding_model text;

-- Servers with pgvector (CloudNativePG's images, most managed PostgreSQL) also get a vector(384)
-- column with an HNSW index, and semantic search orders by it in the database. Elsewhere (the
-- embedded PostgreSQL of the tests has no pgvector) the service ranks the bytea vectors exactly
-- in Java. Neither failure to create the extension nor an old pgvector without HNSW is an error:
-- the schema simply takes the path the server supports.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'vector') THEN
        RAISE NOTICE 'pgvector is not installed on this server: semantic search ranks exactly in the service';
        RETURN;
    END IF;
    BEGIN
        CREATE EXTENSION IF NOT EXISTS vector;
    EXCEPTION WHEN insufficient_privilege THEN
        RAISE NOTICE 'this role may not create the vector extension: semantic search ranks exactly in the service';
        RETURN;
    END;
    ALTER TABLE claim ADD COLUMN embedding_vector vector(384);
    BEGIN
        CREATE INDEX claim_embedding_hnsw_idx ON claim USING hnsw (embedding_vector vector_cosine_ops);
    EXCEPTION WHEN others THEN
        RAISE NOTICE 'no HNSW index (pgvector older than 0.5?): %; pgvector scans exactly', SQLERRM;
    END;
END
$$;

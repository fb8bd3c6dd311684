-- Which database this is: a random id made once, when the schema is created. The query-service
-- keeps derived state outside PostgreSQL (the in-process HNSW index of claim vectors, on local
-- disk, where the server has no pgvector) and must never reuse such state with another database,
-- even one with the same name on the same port (a test database made afresh).
CREATE TABLE read_model_identity (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    created_at timestamptz NOT NULL DEFAULT now()
);

INSERT INTO read_model_identity DEFAULT VALUES;

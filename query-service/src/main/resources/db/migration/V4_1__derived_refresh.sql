-- Work the store takes out of each document's transaction: refreshing a person's profile from
-- the documents that name them, and linking a document's claims to the same statements in other
-- documents. The document's transaction appends it here; the transaction that does the work
-- deletes the rows, so a crash in between leaves the work queued. Append-only on purpose: a key
-- that absorbed repeats would make a document's transaction wait for the refresher that holds
-- that key; repeats are merged when taken instead. Several replicas share the work with SKIP LOCKED.
CREATE TABLE derived_refresh (
    id        bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind      text        NOT NULL CHECK (kind IN ('person', 'document')),
    key       text        NOT NULL,
    queued_at timestamptz NOT NULL DEFAULT now()
);

package io.claimstream.cli.api;

/** What ingest said about one document: its content-derived id, and whether it already had it. */
public record IngestAnswer(String id, boolean duplicate) {
}

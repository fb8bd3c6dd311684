package io.claimstream.ingest.service;

/** What happened to a submitted document: its id, and whether it was already known. */
public record IngestResult(String id, boolean duplicate) {
}

package io.claimstream.contracts;

import java.time.Instant;
import java.util.List;

/**
 * Event on {@code documents.parsed}, keyed by {@link #id()}: a document as the ingest-service
 * stored it, with its structure. Every span points into {@link #text()}.
 */
public record ParsedDocument(int schemaVersion, String id, String text, String format,
                             DocumentMetadata metadata, List<Section> sections, List<Turn> turns,
                             List<Paragraph> paragraphs, List<Table> tables, Instant receivedAt) {

    public static final int SCHEMA_VERSION = 1;

    public ParsedDocument {
        sections = List.copyOf(sections);
        turns = List.copyOf(turns);
        paragraphs = List.copyOf(paragraphs);
        tables = List.copyOf(tables);
    }
}

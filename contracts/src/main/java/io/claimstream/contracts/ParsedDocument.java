package io.claimstream.contracts;

import java.time.Instant;
import java.util.List;

/**
 * Event on {@code documents.parsed}, keyed by {@link #id()}: a document as the parser read it,
 * with its structure. Every span here points into {@link #text()}, the text the analysis reads:
 * the submission itself for text formats, the readable text of an HTML page or subtitle file.
 * For the latter {@link #submission()} holds the file and where each character of the text came
 * from, and what the analysis reports is mapped into the file ({@link #toSubmitted(Span)}).
 *
 * @param submission the submitted file and the offset map, or null when {@link #text()} is the submission
 */
public record ParsedDocument(int schemaVersion, String id, String text, String format,
                             DocumentMetadata metadata, List<Section> sections, List<Turn> turns,
                             List<Paragraph> paragraphs, List<Table> tables, Instant receivedAt,
                             Submission submission) {

    public static final int SCHEMA_VERSION = 1;

    public ParsedDocument {
        sections = List.copyOf(sections);
        turns = List.copyOf(turns);
        paragraphs = List.copyOf(paragraphs);
        tables = List.copyOf(tables);
        if (submission != null && (text == null || submission.offsets().extractedLength() != text.length())) {
            throw new IllegalArgumentException("the submission's offset map does not cover the parsed text");
        }
    }

    /** A document whose text is the submission itself (and as producers wrote it before submissions were carried). */
    public ParsedDocument(int schemaVersion, String id, String text, String format, DocumentMetadata metadata,
                          List<Section> sections, List<Turn> turns, List<Paragraph> paragraphs, List<Table> tables,
                          Instant receivedAt) {
        this(schemaVersion, id, text, format, metadata, sections, turns, paragraphs, tables, receivedAt, null);
    }

    /** The text exactly as submitted, which the REST contract's spans index. */
    public String submittedText() {
        return submission == null ? text : submission.text();
    }

    /** A span of {@link #text()} as the range of the submission it was read from. */
    public Span toSubmitted(Span span) {
        return submission == null || span == null ? span : submission.offsets().toSource(span);
    }
}

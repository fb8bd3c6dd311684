package io.claimstream.parse;

import io.claimstream.contracts.DocumentMetadata;
import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.RawDocument;
import io.claimstream.contracts.Span;
import io.claimstream.contracts.Paragraph;
import io.claimstream.parse.formats.FormatDetector;
import io.claimstream.parse.metadata.MetadataReader;
import io.claimstream.parse.structure.TextStructure;
import io.claimstream.parse.turns.LabelVetting;

import java.time.Instant;
import java.util.List;

/**
 * Parses a submitted document into a {@link ParsedDocument}. Stateless and thread-safe.
 * For text formats the stored text is exactly the submitted text, so that every span a client
 * gets back points into what it sent. It never throws on content: a text it cannot structure
 * comes back as plain paragraphs.
 */
public final class DocumentParser {

    public ParsedDocument parse(RawDocument raw, Instant receivedAt) {
        String submitted = raw.text() == null ? "" : raw.text();
        String id = DocumentIds.of(submitted);
        Format requested = Format.named(raw.format()).orElse(Format.AUTO);
        try {
            return parseText(raw, submitted, id, requested, receivedAt);
        } catch (RuntimeException | StackOverflowError e) {
            return fallback(raw, submitted, id, receivedAt);
        }
    }

    private ParsedDocument parseText(RawDocument raw, String text, String id, Format requested, Instant receivedAt) {
        TextStructure structure = TextStructure.of(text, modeFor(requested));
        Format format = requested == Format.AUTO ? FormatDetector.ofText(text, structure) : requested;
        DocumentMetadata metadata = MetadataReader.read(raw, text, structure);
        return new ParsedDocument(ParsedDocument.SCHEMA_VERSION, id, text, format.wireName(), metadata,
                structure.sections(), structure.turns(), structure.paragraphs(), structure.tables(), receivedAt);
    }

    private static LabelVetting.Mode modeFor(Format requested) {
        return switch (requested) {
            case PLAIN -> LabelVetting.Mode.NONE;
            case TRANSCRIPT, QA -> LabelVetting.Mode.ALL;
            default -> LabelVetting.Mode.EVIDENCE;
        };
    }

    /** Last resort: the whole text as one paragraph, so that the document still flows downstream. */
    private static ParsedDocument fallback(RawDocument raw, String text, String id, Instant receivedAt) {
        DocumentMetadata metadata = new DocumentMetadata(raw.title(), raw.source(), raw.url(), raw.published(),
                raw.published() == null ? null : raw.published().length() == 7 ? "month" : "day", raw.language(), null);
        List<Paragraph> paragraphs = text.isEmpty() ? List.of() : List.of(new Paragraph(new Span(0, text.length()), -1, "text"));
        return new ParsedDocument(ParsedDocument.SCHEMA_VERSION, id, text, Format.PLAIN.wireName(), metadata,
                List.of(), List.of(), paragraphs, List.of(), receivedAt);
    }
}

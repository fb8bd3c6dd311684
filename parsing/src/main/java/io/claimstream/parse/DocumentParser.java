package io.claimstream.parse;

import io.claimstream.contracts.DocumentMetadata;
import io.claimstream.contracts.Paragraph;
import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.RawDocument;
import io.claimstream.contracts.Span;
import io.claimstream.contracts.Submission;
import io.claimstream.contracts.Turn;
import io.claimstream.parse.formats.FormatDetector;
import io.claimstream.parse.formats.HtmlText;
import io.claimstream.parse.formats.InvisibleCharacters;
import io.claimstream.parse.formats.SubtitleDocument;
import io.claimstream.parse.metadata.MetadataReader;
import io.claimstream.parse.participants.FloorHandoff;
import io.claimstream.parse.participants.InterviewSides;
import io.claimstream.parse.participants.ParticipantFinder;
import io.claimstream.parse.structure.TextStructure;
import io.claimstream.parse.turns.LabelVetting;

import java.time.Instant;
import java.util.List;

/**
 * Parses a submitted document into a {@link ParsedDocument}. Stateless and thread-safe.
 * For text formats (plain, Markdown, transcripts) the parsed text is exactly the submitted text;
 * HTML and subtitle files are parsed as their readable text, and the document carries the file
 * with the offset map ({@link ParsedDocument#submission()}), so that every span a client gets
 * back still points into what it sent. It never throws on content: a text it cannot structure
 * comes back as one plain paragraph.
 */
public final class DocumentParser {

    public ParsedDocument parse(RawDocument raw, Instant receivedAt) {
        String submitted = raw.text() == null ? "" : raw.text();
        String id = DocumentIds.of(submitted);
        Format requested = Format.named(raw.format()).orElse(Format.AUTO);
        try {
            Format reader = FormatDetector.reader(requested, submitted);
            return switch (reader) {
                case HTML -> parseHtml(raw, submitted, id, receivedAt);
                case WEBVTT, SRT -> parseSubtitles(raw, submitted, id, reader, receivedAt);
                default -> parseVisibleText(raw, submitted, id, requested, receivedAt);
            };
        } catch (RuntimeException | StackOverflowError e) {
            return fallback(raw, submitted, id, receivedAt);
        }
    }

    /**
     * A text with zero-width characters or no-break spaces in it is read as a reader sees it ({@link
     * InvisibleCharacters}), and carries the file as sent with the offset map, as an HTML page does.
     */
    private ParsedDocument parseVisibleText(RawDocument raw, String submitted, String id, Format requested,
                                            Instant receivedAt) {
        InvisibleCharacters.Readable readable = InvisibleCharacters.of(submitted);
        if (readable == null) {
            return parseText(raw, submitted, id, requested, receivedAt);
        }
        ParsedDocument doc = parseText(raw, readable.text(), id, requested, receivedAt);
        return new ParsedDocument(doc.schemaVersion(), id, doc.text(), doc.format(), doc.metadata(), doc.sections(),
                doc.turns(), doc.paragraphs(), doc.tables(), doc.receivedAt(),
                new Submission(submitted, readable.offsets()));
    }

    private ParsedDocument parseText(RawDocument raw, String text, String id, Format requested, Instant receivedAt) {
        TextStructure structure = TextStructure.of(text, modeFor(requested));
        Format format = requested == Format.AUTO ? FormatDetector.ofText(text, structure) : requested;
        FloorHandoff.Talk talk = FloorHandoff.apply(text, InterviewSides.resolve(text, raw.title(), structure.turns()),
                structure.paragraphs());
        DocumentMetadata metadata = MetadataReader.read(raw, text, structure.drafts(), ParticipantFinder.find(text, talk.turns()),
                receivedAt);
        return new ParsedDocument(ParsedDocument.SCHEMA_VERSION, id, text, format.wireName(), metadata,
                structure.sections(), talk.turns(), talk.paragraphs(), structure.tables(), receivedAt);
    }

    private ParsedDocument parseHtml(RawDocument raw, String html, String id, Instant receivedAt) {
        HtmlText.Extracted page = HtmlText.extract(html);
        String text = page.text();
        TextStructure structure = TextStructure.of(text, LabelVetting.Mode.EVIDENCE, false);
        RawDocument described = new RawDocument(text, raw.title() != null ? raw.title() : page.title(), raw.source(),
                raw.url(), raw.published() != null ? raw.published() : page.published(), raw.language(), raw.format());
        FloorHandoff.Talk talk = FloorHandoff.apply(text, InterviewSides.resolve(text, described.title(), structure.turns()),
                structure.paragraphs());
        DocumentMetadata metadata = MetadataReader.read(described, text, structure.drafts(),
                ParticipantFinder.find(text, talk.turns()), receivedAt);
        return new ParsedDocument(ParsedDocument.SCHEMA_VERSION, id, text, Format.HTML.wireName(), metadata,
                structure.sections(), talk.turns(), talk.paragraphs(), structure.tables(), receivedAt,
                new Submission(html, page.offsets()));
    }

    private ParsedDocument parseSubtitles(RawDocument raw, String file, String id, Format format, Instant receivedAt) {
        SubtitleDocument subtitles = SubtitleDocument.of(file);
        FloorHandoff.Talk talk = FloorHandoff.apply(subtitles.text(), subtitles.turns(), subtitles.paragraphs());
        DocumentMetadata metadata = MetadataReader.read(raw, subtitles.text(), List.of(),
                ParticipantFinder.find(subtitles.text(), talk.turns()), receivedAt);
        return new ParsedDocument(ParsedDocument.SCHEMA_VERSION, id, subtitles.text(), format.wireName(), metadata,
                List.of(), talk.turns(), talk.paragraphs(), List.of(), receivedAt,
                new Submission(file, subtitles.offsets()));
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
        String published = raw.published();
        DocumentMetadata metadata = new DocumentMetadata(raw.title(), raw.source(), raw.url(), published,
                published == null ? null : published.length() == 7 ? "month" : "day", raw.language(), null);
        List<Paragraph> paragraphs = text.isEmpty() ? List.of() : List.of(new Paragraph(new Span(0, text.length()), -1, "text"));
        return new ParsedDocument(ParsedDocument.SCHEMA_VERSION, id, text, Format.PLAIN.wireName(), metadata,
                List.of(), List.of(), paragraphs, List.of(), receivedAt);
    }
}

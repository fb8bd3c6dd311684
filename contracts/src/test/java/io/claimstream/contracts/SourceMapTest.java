package io.claimstream.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class SourceMapTest {

    // source:    <p>Tom &amp; Jo</p>  (Tom at 3, &amp; at 7..12, Jo at 13..15)
    // extracted: "Tom & Jo\n\nEnd" with "\n\n" inserted at 19 and "End" copied from 22
    private static final String SOURCE = "<p>Tom &amp; Jo</p><p>End</p>";
    private static final SourceMap MAP = new SourceMap(13, new int[] {0, 3, 4, 4, 7, 5, 5, 12, 3, 8, 19, 0, 10, 22, 3});

    @Test
    void copiedRunsMapOneToOne() {
        assertEquals(new Span(3, 6), MAP.toSource(new Span(0, 3)));
        assertEquals("Tom", MAP.toSource(new Span(0, 3)).of(SOURCE));
        assertEquals("End", MAP.toSource(new Span(10, 13)).of(SOURCE));
    }

    @Test
    void anEntityMapsToAllOfItsSourceAtEitherEnd() {
        assertEquals("&amp;", MAP.toSource(new Span(4, 5)).of(SOURCE));
        assertEquals("Tom &amp; Jo", MAP.toSource(new Span(0, 8)).of(SOURCE));
        assertEquals("&amp; Jo", MAP.toSource(new Span(4, 8)).of(SOURCE));
    }

    @Test
    void insertedCharactersAndEmptySpansMapToAPlaceNotAText() {
        assertEquals(new Span(19, 19), MAP.toSource(new Span(8, 10)));
        assertEquals(new Span(5, 5), MAP.toSource(new Span(2, 2)));
        assertEquals(new Span(25, 25), MAP.toSource(new Span(13, 13)));
        assertEquals("Jo</p><p>End", MAP.toSource(new Span(6, 13)).of(SOURCE));
    }

    @Test
    void theSegmentsCannotBeChangedFromOutside() {
        int[] segments = MAP.segments();
        segments[1] = 99;
        assertEquals(new Span(3, 6), MAP.toSource(new Span(0, 3)));
        assertThrows(IllegalArgumentException.class, () -> new SourceMap(3, new int[] {1, 0, 3}));
    }

    @Test
    void aParsedDocumentMapsItsSpansIntoTheSubmissionAndRoundTrips() {
        ParsedDocument html = new ParsedDocument(ParsedDocument.SCHEMA_VERSION, "d", "Tom & Jo\n\nEnd", "html",
                new DocumentMetadata(null, null, null, null, null, null, null), List.of(), List.of(), List.of(),
                List.of(), Instant.parse("2026-06-01T00:00:00Z"), new Submission(SOURCE, MAP));
        assertEquals(SOURCE, html.submittedText());
        assertEquals(new Span(3, 15), html.toSubmitted(new Span(0, 8)));
        assertEquals(html, EventCodec.decode(EventCodec.encode(html), ParsedDocument.class));

        ParsedDocument plain = new ParsedDocument(ParsedDocument.SCHEMA_VERSION, "p", "Tom & Jo", "plain",
                html.metadata(), List.of(), List.of(), List.of(), List.of(), html.receivedAt());
        assertNull(plain.submission());
        assertEquals("Tom & Jo", plain.submittedText());
        Span span = new Span(0, 3);
        assertSame(span, plain.toSubmitted(span));
        assertThrows(IllegalArgumentException.class, () -> new ParsedDocument(ParsedDocument.SCHEMA_VERSION, "d", "short",
                "html", html.metadata(), List.of(), List.of(), List.of(), List.of(), html.receivedAt(),
                new Submission(SOURCE, MAP)));
    }
}

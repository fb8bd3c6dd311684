package io.claimstream.contracts;

import io.claimstream.contracts.schema.JsonSchemas;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonSchemasTest {

    private static final Path SCHEMAS = Path.of("src/main/resources/schemas");

    @Test
    void committedSchemasMatchTheRecords() throws IOException {
        for (var event : JsonSchemas.EVENTS.entrySet()) {
            Path file = SCHEMAS.resolve(event.getKey() + ".schema.json");
            String expected = JsonSchemas.render(event.getKey(), event.getValue());
            assertEquals(expected, Files.exists(file) ? Files.readString(file) : "",
                    file + " is stale: regenerate with JsonSchemas.main(\"contracts/src/main/resources/schemas\")");
        }
    }

    @Test
    void eventsRoundTripThroughTheCodec() {
        Span span = new Span(0, 5);
        ParsedDocument parsed = new ParsedDocument(ParsedDocument.SCHEMA_VERSION, "abc", "Ana: hi", "transcript",
                new DocumentMetadata("t", null, null, "2026-06", "month", "en", null), List.of(),
                List.of(new Turn("Ana", null, new Span(0, 3), new Span(5, 7), null, null)),
                List.of(new Paragraph(new Span(0, 7), 0, "text")), List.of(), Instant.parse("2026-06-01T00:00:00Z"));
        assertEquals(parsed, EventCodec.decode(EventCodec.encode(parsed), ParsedDocument.class));
        Claim claim = new Claim("c1", "ana", "hi", span, "opinion", List.of("agents"), 0.8, "explicit",
                List.of(), new Prediction(0.7, "by 2027", "2026-06-01", "2027-12-31"), List.of());
        AnalyzedDocument analyzed = new AnalyzedDocument(AnalyzedDocument.SCHEMA_VERSION, "abc", "1", "Ana: hi",
                parsed.metadata(), List.of(new Speaker("ana", "Ana", List.of(), null, List.of(), "person")),
                List.of(claim), Instant.parse("2026-06-01T00:00:01Z"));
        assertEquals(analyzed, EventCodec.decode(EventCodec.encode(analyzed), AnalyzedDocument.class));
    }

    @Test
    void participantsRoundTripAndAreEmptyWhenAnOlderProducerLeftThemOut() {
        DocumentMetadata metadata = new DocumentMetadata("t", null, null, null, null, "en", null,
                List.of(new Participant("Ana Ruiz", "chief scientist", "Lumen Labs", new Span(0, 40))));
        assertEquals(metadata, EventCodec.decode(EventCodec.encode(metadata), DocumentMetadata.class));
        String older = "{\"title\":\"t\",\"source\":null,\"url\":null,\"published\":null,"
                + "\"datePrecision\":null,\"language\":\"en\",\"event\":null}";
        assertEquals(List.of(), EventCodec.decode(older, DocumentMetadata.class).participants());
        String explicitNull = older.replace("}", ",\"participants\":null}");
        assertEquals(List.of(), EventCodec.decode(explicitNull, DocumentMetadata.class).participants());
    }

    @Test
    void malformedRecordsAreReportedAsSuch() {
        assertThrows(EventCodec.MalformedEventException.class, () -> EventCodec.decode("{not json", ParsedDocument.class));
        assertThrows(EventCodec.MalformedEventException.class, () -> EventCodec.decode("", ParsedDocument.class));
        assertThrows(EventCodec.MalformedEventException.class, () -> EventCodec.decode("{\"turns\": 5}", ParsedDocument.class));
    }
}

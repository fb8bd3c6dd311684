package io.claimstream.contracts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ClaimEmbeddingsTest {

    private static final DocumentMetadata META = new DocumentMetadata("t", null, null, null, null, "en", null);

    private static AnalyzedDocument analyzed(ClaimEmbeddings embeddings) {
        Claim claim = new Claim("c0-5", "ana", "hello", new Span(0, 5), "opinion", List.of("agents"), 0.8, "explicit",
                List.of(), null, List.of());
        return new AnalyzedDocument(AnalyzedDocument.SCHEMA_VERSION, "abc", "1", "hello", META,
                List.of(new Speaker("ana", "Ana", List.of(), null, List.of(), "person")), List.of(claim),
                Instant.parse("2026-06-01T00:00:01Z"), embeddings);
    }

    @Test
    void vectorsRoundTripThroughTheCodecAsHalfFloats() {
        float[] vector = {0.5f, -0.25f, 0.125f, 1f, 0f, -1f, 0.3333f, 6.1e-5f};
        Map<String, float[]> byClaim = new LinkedHashMap<>();
        byClaim.put("c0-5", vector);
        AnalyzedDocument doc = analyzed(ClaimEmbeddings.of("model/1", vector.length, byClaim));
        String json = EventCodec.encode(doc);
        AnalyzedDocument back = EventCodec.decode(json, AnalyzedDocument.class);
        assertEquals(doc, back);
        assertEquals(ClaimEmbeddings.ENCODING, back.claimEmbeddings().encoding());
        float[] decoded = back.claimEmbeddings().decode().get("c0-5");
        assertEquals(vector.length, decoded.length);
        for (int i = 0; i < vector.length; i++) {
            assertEquals(vector[i], decoded[i], Math.abs(vector[i]) * 1e-3 + 1e-6);
        }
        assertArrayEquals(new float[] {0.5f, -0.25f}, new float[] {decoded[0], decoded[1]}); // exact in half precision
    }

    @Test
    void aRecordWithoutTheFieldDecodesWithoutVectors() {
        String json = EventCodec.encode(analyzed(null)).replace(",\"claimEmbeddings\":null", "");
        AnalyzedDocument back = EventCodec.decode(json, AnalyzedDocument.class);
        assertNull(back.claimEmbeddings());
        assertEquals(1, back.claims().size());
        assertEquals(analyzed(null), new AnalyzedDocument(back.schemaVersion(), back.id(), back.analyzerVersion(),
                back.text(), back.metadata(), back.speakers(), back.claims(), back.analyzedAt()));
    }
}

package io.claimstream.query.store;

import io.claimstream.contracts.AnalyzedDocument;
import io.claimstream.contracts.Claim;
import io.claimstream.contracts.ClaimEmbeddings;
import io.claimstream.contracts.Span;
import io.claimstream.contracts.HalfFloats;
import io.claimstream.query.entity.Document;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EventVectorsTest {

    private static final String MODEL = "all-minilm-l6-v2-q/1";

    private static Claim claim(String id, String text) {
        return new Claim(id, null, text, new Span(0, text.length()), "opinion", List.of(), 0.5, "explicit", List.of(),
                null, List.of());
    }

    private static AnalyzedDocument event(ClaimEmbeddings embeddings) {
        return new AnalyzedDocument(1, "doc", "v1", "One. Two.", null, List.of(),
                List.of(claim("c1", "One."), claim("c2", "Two.")), Instant.EPOCH, embeddings);
    }

    private static List<io.claimstream.query.entity.Claim> rows(AnalyzedDocument event) {
        Document document = EntityMapping.document(event, new Document(), Instant.EPOCH);
        return List.of(EntityMapping.claim(document, 0, event.claims().get(0), null),
                EntityMapping.claim(document, 1, event.claims().get(1), null));
    }

    @Test
    void shippedVectorsOfTheSameModelAreStoredAsTheyCame() {
        Map<String, float[]> vectors = new LinkedHashMap<>();
        vectors.put("c1", new float[] {0.6f, 0.8f, 0f});
        AnalyzedDocument event = event(ClaimEmbeddings.of(MODEL, 3, vectors));
        List<io.claimstream.query.entity.Claim> rows = rows(event);

        List<io.claimstream.query.entity.Claim> missing = EventVectors.apply(event, rows, MODEL, 3);

        assertThat(rows.get(0).embedding).isEqualTo(HalfFloats.encode(new float[] {0.6f, 0.8f, 0f}));
        assertThat(rows.get(0).embeddingModel).isEqualTo(MODEL);
        assertThat(missing).containsExactly(rows.get(1));
    }

    @Test
    void anotherModelOrLengthOrNoVectorsLeaveTheClaimsToTheEmbedder() {
        Map<String, float[]> vectors = Map.of("c1", new float[] {1f, 0f, 0f}, "c2", new float[] {0f, 1f, 0f});
        AnalyzedDocument other = event(ClaimEmbeddings.of("another-model/2", 3, vectors));
        assertThat(EventVectors.apply(other, rows(other), MODEL, 3)).hasSize(2);
        AnalyzedDocument shorter = event(ClaimEmbeddings.of(MODEL, 3, vectors));
        assertThat(EventVectors.apply(shorter, rows(shorter), MODEL, 384)).hasSize(2);
        AnalyzedDocument none = event(null);
        assertThat(EventVectors.apply(none, rows(none), MODEL, 3)).hasSize(2);
    }
}

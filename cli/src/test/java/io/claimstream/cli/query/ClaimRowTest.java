package io.claimstream.cli.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimRowTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void readsTheClaimShapeOfTheQueryApiAndIgnoresFieldsItDoesNotKnow() throws Exception {
        ClaimRow row = ClaimRow.of(json.readTree("""
                {"id": "c-1", "documentId": "d-1", "documentTitle": "Harbor panel", "published": "2026-06-12",
                 "text": "Prices will halve by 2027.", "speaker": {"id": "p-1", "name": "Ana Ruiz"},
                 "type": "prediction", "topics": ["pricing-and-cost", "compute-and-chips"],
                 "span": {"start": 120, "end": 146}, "confidence": 0.8, "somethingNew": [1, 2],
                 "prediction": {"probability": 0.7, "horizon": "by 2027", "resolution": {"outcome": "partly"}}}
                """));

        assertThat(row).isEqualTo(new ClaimRow("c-1", "d-1", "Harbor panel", "2026-06-12", "Ana Ruiz", "prediction",
                java.util.List.of("pricing-and-cost", "compute-and-chips"), 120, 146, "Prices will halve by 2027.",
                "70%", "by 2027", "partly"));
    }

    @Test
    void anUnattributedClaimWithTheMinimalContractShape() throws Exception {
        ClaimRow row = ClaimRow.of(json.readTree("""
                {"id": "c-2", "documentId": "d-1", "text": "It rained.", "speaker": null, "type": "fact",
                 "topics": [], "span": {"start": 0, "end": 10}}
                """));

        assertThat(row.speaker()).isEmpty();
        assertThat(row.documentTitle()).isEmpty();
        assertThat(row.published()).isEmpty();
        assertThat(row.probability()).isEmpty();
        assertThat(row.topics()).isEmpty();
    }
}

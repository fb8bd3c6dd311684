package io.claimstream.query.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.claimstream.contracts.Entity;
import io.claimstream.contracts.EventCodec;
import io.claimstream.contracts.Quantity;
import io.claimstream.contracts.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimViewJsonTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void unattributedClaimsShowSpeakerNullAndOmitOtherEmptyFields() throws Exception {
        ClaimView claim = new ClaimView("d-c1", "d", "Title", null, "Text.", null, "fact", List.of("data"),
                new SpanView(0, 5), 0.5, null, null, null, null, null, null, null, null);
        String written = json.writeValueAsString(claim);
        assertThat(written).startsWith("{\"id\":\"d-c1\",\"documentId\":\"d\"")
                .contains("\"speaker\":null").contains("\"span\":{\"start\":0,\"end\":5}")
                .doesNotContain("highlight").doesNotContain("prediction");
    }

    @Test
    void claimDetailIsTheClaimPlusContext() throws Exception {
        ClaimView claim = new ClaimView("d-c1", "d", null, null, "Text.", new SpeakerRef("ann-lee", "Ann Lee"), "fact",
                List.of(), new SpanView(0, 5), 0.5, null, null, null, null, null, null, null, null);
        String written = json.writeValueAsString(new ClaimDetailView(claim, new ClaimDetailView.ContextView("Text.", 0, 5), null));
        assertThat(written).startsWith("{\"id\":\"d-c1\"").contains("\"speaker\":{\"id\":\"ann-lee\",\"name\":\"Ann Lee\"}")
                .contains("\"context\":{\"text\":\"Text.\",\"start\":0,\"end\":5}");
    }

    @Test
    void storedJsonWrittenAsStoredIsWhatItsParsedTreeWrites() throws Exception {
        // stored as the service stores them: EventCodec's encoding of the analysed claim's lists
        String entities = EventCodec.encode(List.of(new Entity("Caf\u00e9 \"Nord\" \\ A/B\t", "ORG", new Span(0, 12)),
                new Entity("\u00d8resund \ud83d\ude00", null, new Span(3, 9))));
        String quantities = EventCodec.encode(List.of(new Quantity("1e10 tokens", 1.0E10, "tokens", new Span(0, 4)),
                new Quantity("a tenth", 0.1, null, new Span(5, 9)), new Quantity("none", null, "%", new Span(1, 2)),
                new Quantity("odd", Double.NaN, "x", new Span(2, 3))));
        for (String stored : List.of(entities, quantities)) {
            ClaimView parsed = claimWith(json.readTree(stored));
            ClaimView raw = claimWith(new POJONode(new RawValue(stored)));
            assertThat(json.writeValueAsString(raw)).isEqualTo(json.writeValueAsString(parsed));
        }
    }

    private static ClaimView claimWith(JsonNode entities) {
        return new ClaimView("d-c1", "d", "T", null, "Text.", null, "fact", List.of("data"), new SpanView(0, 5), 0.5,
                null, null, null, entities, null, null, null, null);
    }
}

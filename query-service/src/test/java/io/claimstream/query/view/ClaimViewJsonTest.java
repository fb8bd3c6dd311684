package io.claimstream.query.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.util.RawValue;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.claimstream.contracts.Entity;
import io.claimstream.contracts.EventCodec;
import io.claimstream.contracts.Quantity;
import io.claimstream.contracts.Span;
import io.claimstream.query.stance.ClaimStance;
import io.claimstream.query.stance.Stance;
import org.junit.jupiter.api.Test;

import java.time.Instant;
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

    /** Jackson's bean serializer driven by ClaimView's annotations: what ClaimViewSerializer must write, byte for byte. */
    private static final ObjectMapper ANNOTATED = mapper().setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
        @Override
        public Object findSerializer(Annotated a) {
            return a.getRawType() == ClaimView.class ? null : super.findSerializer(a);
        }
    });
    private static final ObjectMapper SERVICE = mapper();

    private static ObjectMapper mapper() {
        return JsonMapper.builder().addModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    }

    @Test
    void theHandWrittenSerializerWritesWhatTheAnnotationsDescribe() throws Exception {
        assertThat(SERVICE.getSerializerProviderInstance().findValueSerializer(ClaimView.class)).isInstanceOf(ClaimViewSerializer.class);
        assertThat(ANNOTATED.getSerializerProviderInstance().findValueSerializer(ClaimView.class)).isNotInstanceOf(ClaimViewSerializer.class);
        JsonNode quantities = SERVICE.readTree("[{\"text\":\"3 GW\",\"value\":3.0,\"unit\":\"GW\",\"span\":{\"start\":1,\"end\":5}}]");
        PredictionView prediction = new PredictionView(0.7, "by 2030", "2026-01-01", null,
                new PredictionView.Resolution("correct", null, Instant.parse("2026-05-01T10:00:00Z")));
        List<ClaimView> claims = List.of(
                new ClaimView("a-c1", "a", "A \"quoted\" title", "2026-03", "Grids will need 3 GW by 2030.",
                        new SpeakerRef("kim-park", "Kim Park"), "prediction", List.of("energy", "compute"),
                        new SpanView(10, 40), 0.85, "explicit", prediction, quantities, null, "cl-7",
                        "Grids will need <mark>3 GW</mark>", 0.4321, null),
                new ClaimView("b-c2", "b", null, null, "Nobody said this one.\n\u00e9\u2028", null, "opinion", List.of(),
                        new SpanView(0, 21), 0.5, null, null, null, null, null, null, null,
                        List.of(new ClaimStance("Is it cheap?", Stance.OPPOSE, -1.0, List.of("not cheap")))),
                new ClaimView("c-c3", "c", "T", null, "X.", new SpeakerRef("someone", null), "fact", null, null, 1.0,
                        null, null, null, null, null, null, null, null));
        for (ClaimView claim : claims) {
            assertThat(SERVICE.writeValueAsString(claim)).isEqualTo(ANNOTATED.writeValueAsString(claim));
            ClaimDetailView detail = new ClaimDetailView(claim, new ClaimDetailView.ContextView("ctx", 1, 2), null);
            assertThat(SERVICE.writeValueAsString(detail)).isEqualTo(ANNOTATED.writeValueAsString(detail));
        }
        ClaimPageView page = new ClaimPageView(claims, 3, 1, 20, null);
        assertThat(SERVICE.writeValueAsString(page)).isEqualTo(ANNOTATED.writeValueAsString(page));
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
            ClaimView parsed = claimWith(SERVICE.readTree(stored));
            ClaimView raw = claimWith(new POJONode(new RawValue(stored)));
            assertThat(SERVICE.writeValueAsString(raw)).isEqualTo(SERVICE.writeValueAsString(parsed))
                    .isEqualTo(ANNOTATED.writeValueAsString(parsed));
        }
    }

    private static ClaimView claimWith(JsonNode entities) {
        return new ClaimView("d-c1", "d", "T", null, "Text.", null, "fact", List.of("data"), new SpanView(0, 5), 0.5,
                null, null, null, entities, null, null, null, null);
    }
}

package io.claimstream.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

/** A transcript posted to ingest comes back from query as attributed claims, through Kafka and PostgreSQL. */
@ExtendWith(TestStack.class)
class PipelineIT {

    // other tests post the sample too; a line of its own keeps this document's id and title apart
    private static final String TEXT = TestStack.sample("harbor-panel-2026.txt")
            + "\nTranscript copy " + java.util.UUID.randomUUID() + "\n";

    @Test
    void transcriptBecomesAttributedClaimsWithExactSpans() {
        String id = Documents.post(TEXT, "Harbor panel");
        Documents.awaitStored(id);

        TestStack.query().get("/documents/" + id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("status", equalTo("analyzed"))
                .body("title", equalTo("Harbor panel"))
                .body("claimCount", greaterThan(5));

        List<Map<String, Object>> claims = Documents.claims(id);
        assertThat(claims).isNotEmpty();
        for (Map<String, Object> claim : claims) {
            @SuppressWarnings("unchecked")
            Map<String, Integer> span = (Map<String, Integer>) claim.get("span");
            String covered = TEXT.substring(span.get("start"), span.get("end"));
            assertThat(covered).as("span of %s", claim.get("id")).contains((String) claim.get("text"));
        }
        String sentence = "The next gains will come from reinforcement learning on long agent tasks.";
        assertThat(claims).anySatisfy(claim -> {
            assertThat((String) claim.get("text")).contains(sentence);
            assertThat(speakerName(claim)).isEqualTo("Mira Sandoval");
        });
        assertThat(claims).anySatisfy(claim -> {
            assertThat((String) claim.get("text")).contains("Compute is still the binding constraint");
            assertThat(speakerName(claim)).isEqualTo("Devraj Iyer");
        });

        List<String> speakers = TestStack.query().get("/documents/" + id + "/speakers")
                .then().statusCode(200).extract().jsonPath().getList("name");
        assertThat(speakers).contains("Mira Sandoval", "Devraj Iyer", "Hana Kobayashi");
    }

    @Test
    void theSameContentTwiceIsOneDocument() {
        String text = "Ana Ruiz (Analyst): Inference prices will keep falling through 2027.\n\n"
                + "Tomas Berg (Investor): I doubt that chip supply can keep up with demand.\n";
        String first = Documents.post(text, "Duplicate check");
        Documents.awaitStored(first);
        int claimsBefore = Documents.claims(first).size();

        TestStack.ingest().contentType("application/json")
                .body(Map.of("text", text, "title", "Duplicate check again"))
                .post("/documents")
                .then().statusCode(200)
                .body("id", equalTo(first))
                .body("duplicate", equalTo(true));

        TestStack.query().queryParam("document", first).get("/claims").then().statusCode(200)
                .body("total", equalTo(claimsBefore));
        TestStack.query().get("/documents/" + first).then().body("title", equalTo("Duplicate check"));
    }

    @Test
    void rawTextWithMetadataInQueryParameters() {
        String text = "Lena Vogt (Engineer): Small models should run on phones by next year.\n";
        String id = TestStack.ingest().contentType("text/plain; charset=utf-8")
                .queryParam("title", "Raw post").queryParam("published", "2026-10-01")
                .body(text).post("/documents")
                .then().statusCode(202).header("Location", org.hamcrest.Matchers.endsWith("/documents/" + extractId(text)))
                .extract().jsonPath().getString("id");
        Documents.awaitStored(id);
        TestStack.query().get("/documents/" + id).then().body("title", equalTo("Raw post"))
                .body("published", org.hamcrest.Matchers.startsWith("2026-10-01"));
    }

    private static String extractId(String text) {
        return io.claimstream.parse.DocumentIds.of(text);
    }

    @SuppressWarnings("unchecked")
    private static String speakerName(Map<String, Object> claim) {
        Map<String, Object> speaker = (Map<String, Object>) claim.get("speaker");
        return speaker == null ? null : (String) speaker.get("name");
    }
}

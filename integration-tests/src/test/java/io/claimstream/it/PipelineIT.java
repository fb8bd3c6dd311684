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

    /**
     * An HTML page is analysed as its readable text, yet its spans and its stored text are the page
     * as posted: each claim's span covers its sentence in the markup (the score.py contract), and
     * the reader highlights in the text the API serves.
     */
    @Test
    void htmlSpansIndexThePageAsPosted() {
        String html = "<html><head><title>Dock notes</title></head><body><nav><a href=\"/\">Home</a></nav><article>"
                + "<p>Harbour Labs chief executive Ines Moreau said the company will double its inference cluster by "
                + "March&nbsp;2027.</p>\n<div><p>Open weights will <em>win</em> in regulated industries within three years, "
                + "Moreau predicted.</p></div>\n<p>Ines Moreau added that R&amp;D teams should <b>measure latency</b> "
                + "before they buy new GPUs.</p><!-- copy " + java.util.UUID.randomUUID() + " --></article></body></html>";
        String id = Documents.post(html, "HTML spans");
        Documents.awaitStored(id);

        String served = TestStack.query().get("/documents/" + id + "/text").then().statusCode(200).extract().asString();
        assertThat(served).isEqualTo(html);
        List<Map<String, Object>> claims = Documents.claims(id);
        assertThat(claims).hasSizeGreaterThanOrEqualTo(2);
        for (Map<String, Object> claim : claims) {
            String read = covered(html, claim).replaceAll("<[^>]*>", "").replace("&nbsp;", " ").replace("&amp;", "&");
            assertThat(read).as("span of %s", claim.get("id")).isEqualTo(claim.get("text"));
        }
        assertThat(claims).anySatisfy(claim ->
                assertThat(covered(html, claim)).contains("R&amp;D teams should <b>measure latency</b>"));
    }

    @SuppressWarnings("unchecked")
    private static String covered(String text, Map<String, Object> claim) {
        Map<String, Integer> span = (Map<String, Integer>) claim.get("span");
        return text.substring(span.get("start"), span.get("end"));
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

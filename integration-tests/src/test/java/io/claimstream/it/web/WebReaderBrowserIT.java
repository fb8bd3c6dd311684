package io.claimstream.it.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimstream.it.TestStack;
import io.claimstream.stack.Service;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The web reader in a real browser (Debian's chromium, skipped where it is not installed):
 * search with filters, a document whose highlights are exactly the API's spans, a claim's
 * details, a person's timeline and a topic's positions. Screenshots land in
 * {@code integration-tests/target/screenshots} for the build to keep.
 */
@ExtendWith(TestStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebReaderBrowserIT {

    private static final Path SHOTS = Path.of(System.getProperty("claimstream.repo", ".."))
            .resolve("integration-tests/target/screenshots");
    private final ObjectMapper json = new ObjectMapper();
    private Chromium browser;
    private ReaderCorpus.Loaded corpus;
    private String reader;

    @BeforeAll
    void start() throws IOException, InterruptedException {
        assumeTrue(Chromium.available(), "no " + Chromium.EXECUTABLE + ": the browser test needs Debian's chromium");
        corpus = ReaderCorpus.load();
        reader = TestStack.url(Service.QUERY) + "/";
        browser = new Chromium(1280, 900);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            assertThat(browser.errors()).as("script errors in the reader").isEmpty();
            browser.close();
        }
    }

    @Test
    void searchWithWordsAndASpeakerListsWhatTheApiFinds() throws IOException {
        browser.open(reader + "#/claims");
        browser.waitFor("document.querySelector('.results h2')");
        assertThat(browser.eval("[...document.querySelectorAll('input, select')].every(e => e.labels.length > 0)").asBoolean())
                .as("every field has a label").isTrue();

        browser.type("#f-q", "reinforcement learning");
        browser.type("#f-speaker", "Mira Sandoval");
        browser.pressEnter();
        browser.waitFor("location.hash.includes('speaker=') && document.querySelector('.results h2')"
                + " && document.querySelector('.results h2').textContent.includes('found')");

        JsonNode api = apiGet("/claims?q=reinforcement%20learning&speaker=Mira%20Sandoval&size=25");
        assertThat(api.get("total").asInt()).isPositive();
        assertThat(browser.eval("document.querySelector('.results h2').textContent").asText())
                .startsWith(api.get("total").asInt() + " claim");
        assertThat(strings("[...document.querySelectorAll('.claim-card')].map(c => c.dataset.claimId)"))
                .containsExactlyElementsOf(ids(api.get("items")));
        assertThat(strings("[...document.querySelectorAll('.claim-card .speaker')].map(s => s.textContent)"))
                .isNotEmpty().allSatisfy(name -> assertThat(name).isEqualTo("Mira Sandoval"));
        assertNoMissingValuesShown();
        browser.screenshot(SHOTS.resolve("search.png"));
    }

    @Test
    void everyDocumentShowsItsTextWithTheApisSpansInTheirSpeakersColours() throws IOException {
        for (String id : corpus.ids()) {
            browser.open(reader + "#/documents/" + id);
            browser.waitFor("document.querySelector('.doc-text .text')");
            String text = TestStack.query().get("/documents/" + id + "/text").then().statusCode(200).extract().asString();
            JsonNode claims = apiGet("/documents/" + id + "/claims?size=1000").get("items");

            assertThat(browser.eval("document.querySelector('.doc-text .text').textContent").asText())
                    .as("the page shows the text of %s as submitted", id).isEqualTo(text);
            JsonNode marks = browser.eval("[...document.querySelectorAll('.doc-text a.claim')].map(a => ({ id: a.dataset.claimId,"
                    + " start: +a.dataset.start, end: +a.dataset.end, drawn: +a.dataset.drawnStart, text: a.textContent,"
                    + " fill: getComputedStyle(a).backgroundColor }))");
            assertNoMissingValuesShown();
            Map<String, JsonNode> byId = new HashMap<>();
            marks.forEach(mark -> byId.put(mark.get("id").asText(), mark));
            assertThat(byId.keySet()).as("one highlight per claim of %s", id)
                    .containsExactlyInAnyOrderElementsOf(ids(claims));

            Map<String, Set<String>> fillsBySpeaker = new HashMap<>();
            for (JsonNode claim : claims) {
                JsonNode mark = byId.get(claim.get("id").asText());
                int start = claim.at("/span/start").asInt();
                int end = claim.at("/span/end").asInt();
                assertThat(mark.get("start").asInt()).isEqualTo(start);
                assertThat(mark.get("end").asInt()).isEqualTo(end);
                assertThat(mark.get("text").asText()).as("highlight of %s", claim.get("id"))
                        .isEqualTo(text.substring(mark.get("drawn").asInt(), end));
                String speaker = claim.path("speaker").path("id").asText("(unattributed)");
                fillsBySpeaker.computeIfAbsent(speaker, k -> new HashSet<>()).add(mark.get("fill").asText());
            }
            fillsBySpeaker.forEach((speaker, fills) -> assertThat(fills).as("colours of %s in %s", speaker, id).hasSize(1));
            if (fillsBySpeaker.size() <= 12) {
                assertThat(fillsBySpeaker.values().stream().map(f -> f.iterator().next()).distinct().count())
                        .as("each speaker of %s has a colour of their own", id).isEqualTo(fillsBySpeaker.size());
            }
        }
    }

    @Test
    void aClaimOpensItsDetailsAndItsSpeakersTimeline() throws IOException {
        String id = corpus.sampleId();
        JsonNode prediction = null;
        for (JsonNode claim : apiGet("/documents/" + id + "/claims?size=1000").get("items")) {
            if (claim.get("type").asText().equals("prediction") && !claim.path("speaker").isNull()) {
                prediction = claim;
                break;
            }
        }
        assertThat(prediction).as("the sample panel has an attributed prediction").isNotNull();
        browser.open(reader + "#/documents/" + id);
        browser.waitFor("document.querySelector('.doc-text a.claim')");
        browser.click("a.claim[data-claim-id=" + Chromium.quote(prediction.get("id").asText()) + "]");
        browser.waitFor("document.querySelector('.claim-detail dl')");

        String detail = browser.eval("document.querySelector('.claim-detail').innerText").asText();
        assertThat(detail).contains(prediction.get("text").asText(), prediction.at("/speaker/name").asText(), "prediction");
        JsonNode topics = apiGet("/topics").get("items");
        for (JsonNode topic : prediction.get("topics")) {
            for (JsonNode known : topics) {
                if (known.get("id").asText().equals(topic.asText())) {
                    assertThat(detail).contains(known.get("label").asText());
                }
            }
        }
        assertThat(browser.eval("document.querySelector('a.claim[aria-current]').dataset.claimId").asText())
                .isEqualTo(prediction.get("id").asText());
        assertNoMissingValuesShown();
        browser.screenshot(SHOTS.resolve("document.png"));

        String speakerId = prediction.at("/speaker/id").asText();
        browser.click(".legend a[href=" + Chromium.quote("#/speakers/" + speakerId) + "]");
        browser.waitFor("document.querySelector('h1.person') && document.querySelector('.topic-timeline')");
        JsonNode person = apiGet("/speakers/" + speakerId);
        assertThat(browser.eval("document.querySelector('h1').textContent").asText()).isEqualTo(person.get("name").asText());
        Set<String> topicsSaid = new HashSet<>();
        int claimsSaid = 0;
        for (JsonNode entry : person.get("timeline")) {
            for (JsonNode claim : entry.get("claims")) {
                claimsSaid++;
                claim.get("topics").forEach(t -> topicsSaid.add(t.asText()));
                if (claim.get("topics").isEmpty()) {
                    topicsSaid.add("");
                }
            }
        }
        assertThat(browser.eval("document.querySelectorAll('.topic-timeline').length").asInt())
                .as("one timeline per topic").isEqualTo(topicsSaid.size());
        assertThat(browser.eval("new Set([...document.querySelectorAll('.topic-timeline a.quote')].map(a => a.href)).size").asInt())
                .as("every claim of the person is on a timeline").isEqualTo(claimsSaid);
        assertNoMissingValuesShown();
        browser.screenshot(SHOTS.resolve("person.png"));
    }

    @Test
    void aTopicPageListsWhoHoldsWhichPosition() throws IOException {
        JsonNode topics = apiGet("/topics").get("items");
        String topic = topics.get(0).get("id").asText();
        JsonNode api = apiGet("/topics/" + topic + "?size=20");
        browser.open(reader + "#/topics/" + topic);
        browser.waitFor("document.querySelector('.positions, .empty')");
        assertThat(browser.eval("document.querySelector('h1').textContent").asText()).isEqualTo(api.get("label").asText());
        List<String> expected = new ArrayList<>();
        api.at("/speakers/items").forEach(position -> expected.add(position.at("/speaker/name").asText()));
        assertThat(strings("[...document.querySelectorAll('.position .who .speaker')].map(s => s.textContent)"))
                .containsExactlyElementsOf(expected);
        assertNoMissingValuesShown();
        browser.screenshot(SHOTS.resolve("topic.png"));
    }

    /** The page's own words (quoted claims and document text left out) show no placeholder of a missing value. */
    private void assertNoMissingValuesShown() {
        String own = browser.eval("(() => { const copy = document.querySelector('main').cloneNode(true);"
                + " copy.querySelectorAll('.doc-text, blockquote, a.quote').forEach(e => e.remove());"
                + " return copy.textContent; })()").asText();
        assertThat(own).as("text of %s", browser.eval("location.hash").asText())
                .doesNotContainPattern("\\b(null|undefined|NaN)\\b|\\[object Object]");
    }

    private JsonNode apiGet(String pathAndQuery) throws IOException {
        return json.readTree(TestStack.query().urlEncodingEnabled(false).get(pathAndQuery)
                .then().statusCode(200).extract().asString());
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private List<String> strings(String expression) {
        return json.convertValue(browser.eval(expression), json.getTypeFactory().constructCollectionType(List.class, String.class));
    }
}

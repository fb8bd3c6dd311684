package io.claimstream.it;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/** Posting documents and waiting until the read side serves them. */
final class Documents {

    private Documents() {
    }

    static String post(String text, String title) {
        Response answer = TestStack.ingest().contentType(ContentType.JSON)
                .body(Map.of("text", text, "title", title, "published", "2026-09-14"))
                .post("/documents");
        if (answer.statusCode() != 202 && answer.statusCode() != 200) {
            throw new AssertionError("ingest answered " + answer.statusCode() + ": " + answer.asString());
        }
        return answer.jsonPath().getString("id");
    }

    static void awaitStored(String id) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() ->
                TestStack.query().get("/documents/" + id).statusCode() == 200);
    }

    static List<Map<String, Object>> claims(String id) {
        return TestStack.query().queryParam("size", 1000).get("/documents/" + id + "/claims")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }
}

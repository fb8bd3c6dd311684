package io.claimstream.it;

import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

/** Every kind of bad input gets its 4xx with a JSON error that says what to fix. */
@ExtendWith(TestStack.class)
class BadInputIT {

    @Test
    void emptyTextIs400() {
        jsonError(TestStack.ingest().contentType("application/json").body(Map.of("text", "  \n ")).post("/documents")
                .then(), 400);
        jsonError(TestStack.ingest().contentType("application/json").body(Map.of("title", "no text")).post("/documents")
                .then(), 400);
        jsonError(TestStack.ingest().contentType("text/plain").body("").post("/documents").then(), 400);
    }

    @Test
    void unparseableJsonIs400() {
        jsonError(TestStack.ingest().contentType("application/json").body("{\"text\": \"unterminated").post("/documents")
                .then(), 400).body("error", equalTo("invalid_json"));
    }

    @Test
    void wrongJsonTypesAre400() {
        jsonError(TestStack.ingest().contentType("application/json").body("{\"text\": {\"nested\": 1}}").post("/documents")
                .then(), 400);
        jsonError(TestStack.ingest().contentType("application/json").body("[1, 2, 3]").post("/documents")
                .then(), 400);
    }

    @Test
    void badDateIs400() {
        jsonError(TestStack.ingest().contentType("application/json")
                .body(Map.of("text", "Ana Ruiz: Prices will fall.", "published", "yesterday-ish")).post("/documents")
                .then(), 400);
    }

    @Test
    void unsupportedMediaTypeIs415() {
        jsonError(TestStack.ingest().contentType("application/pdf").body(new byte[] {37, 80, 68, 70}).post("/documents")
                .then(), 415);
    }

    @Test
    void overTheSizeLimitIs413() {
        String huge = "Ana Ruiz: " + "x".repeat(11 * 1024 * 1024);
        jsonError(TestStack.ingest().contentType("text/plain").body(huge).post("/documents").then(), 413);
    }

    @Test
    void writesWithoutCredentialAre401AndWithAWrongOneAre403() {
        jsonError(RestAssured.given().baseUri(TestStack.url(io.claimstream.stack.Service.INGEST))
                .contentType("application/json").body(Map.of("text", "Ana Ruiz: Prices will fall."))
                .post("/documents").then(), 401);
        jsonError(RestAssured.given().baseUri(TestStack.url(io.claimstream.stack.Service.INGEST))
                .header("Authorization", "Bearer not-the-key")
                .contentType("application/json").body(Map.of("text", "Ana Ruiz: Prices will fall."))
                .post("/documents").then(), 403);
    }

    @Test
    void unknownDocumentIs404AndBadPagingIs400() {
        jsonError(TestStack.query().get("/documents/0000000000000000").then(), 404);
        jsonError(TestStack.query().queryParam("size", 0).get("/claims").then(), 400);
        jsonError(TestStack.query().queryParam("size", 5000).get("/claims").then(), 400);
        jsonError(TestStack.query().queryParam("from", "not-a-date").get("/claims").then(), 400);
    }

    private static ValidatableResponse jsonError(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType(org.hamcrest.Matchers.containsString("application/json"))
                .body("error", not(emptyOrNullString()))
                .body("message", not(emptyOrNullString()));
    }
}

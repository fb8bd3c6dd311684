package io.claimstream.it.resilience;

import io.claimstream.it.TestStack;
import io.claimstream.stack.LocalStack;
import io.claimstream.stack.ManagedProcess;
import io.claimstream.stack.Ports;
import io.claimstream.stack.Service;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Reads are open by default and protected by configuration: a second ingest-service started with
 * {@code CLAIMSTREAM_AUTH_PROTECT_READS=true} answers reads 401 without a credential and 403 with a
 * wrong one, while health stays open for probes.
 */
@ExtendWith(TestStack.class)
class ProtectedReadsIT {

    private static final String NAME = "ingest-service-protected-reads";

    @Test
    void readsAreOpenByDefault() {
        RestAssured.given().baseUri(TestStack.url(Service.INGEST)).get("/admin/dead-letters").then().statusCode(200);
        TestStack.query().get("/claims").then().statusCode(200);
    }

    @Test
    void readsNeedACredentialWhenConfiguredAndHealthStaysOpen() throws Exception {
        LocalStack stack = TestStack.stack();
        int port = Ports.free();
        Map<String, String> env = new HashMap<>(stack.environment(Service.INGEST));
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("CLAIMSTREAM_AUTH_PROTECT_READS", "true");
        Path runner = stack.settings().repo().resolve("ingest-service/target/quarkus-app/quarkus-run.jar");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ManagedProcess protectedIngest = ManagedProcess.start(NAME,
                List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-jar", runner.toString()), env, stack.settings().run());
        try {
            String url = "http://127.0.0.1:" + port;
            await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                    .until(() -> RestAssured.given().baseUri(url).get("/q/health/ready").statusCode() == 200);

            given(url, null).get("/admin/dead-letters").then().statusCode(401).body("error", equalTo("unauthorized"))
                    .header("WWW-Authenticate", "Bearer");
            given(url, "Bearer wrong").get("/admin/dead-letters").then().statusCode(403).body("error", equalTo("forbidden"));
            given(url, "Bearer " + TestStack.API_KEY).get("/admin/dead-letters").then().statusCode(200);
            // writes keep needing the credential as before
            given(url, null).contentType("text/plain").body("Ana Ruiz: Prices will fall.").post("/documents")
                    .then().statusCode(401);
            given(url, "Bearer wrong").contentType("text/plain").body("Ana Ruiz: Prices will fall.").post("/documents")
                    .then().statusCode(403);
            // probes, metrics and the API description are not JAX-RS reads: open
            given(url, null).get("/q/health/ready").then().statusCode(200);
            given(url, null).get("/q/metrics").then().statusCode(200);
            given(url, null).get("/q/openapi").then().statusCode(200);
        } finally {
            protectedIngest.stop();
        }
    }

    private static RequestSpecification given(String url, String authorization) {
        RequestSpecification request = RestAssured.given().baseUri(url);
        return authorization == null ? request : request.header("Authorization", authorization);
    }
}

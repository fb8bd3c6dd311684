package io.claimstream.cli.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The services' public REST API, over {@link HttpClient}: JSON reads from query-service and health
 * endpoints, document posts to ingest. Every failure becomes an {@link ApiException} that names
 * the URL and, when the service sent one, its {@code {"error","message"}} body.
 */
public final class ApiClient {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);
    /** Posting a 10 MB transcript waits for Kafka's acknowledgement; give it room. */
    private static final Duration POST_TIMEOUT = Duration.ofSeconds(120);

    private final HttpClient http;
    private final ObjectMapper json;

    public ApiClient(ObjectMapper json) {
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(3))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.json = json;
    }

    public ObjectMapper json() {
        return json;
    }

    public JsonNode get(String baseUrl, String path, Map<String, ?> query) throws ApiException {
        return find(baseUrl, path, query).orElseThrow(() ->
                new ApiException(404, "not_found", url(baseUrl, path, query) + " answered 404"));
    }

    /** Empty on 404: "not there (yet)" is an answer, not a failure, for documents still being analysed. */
    public Optional<JsonNode> find(String baseUrl, String path, Map<String, ?> query) throws ApiException {
        String url = url(baseUrl, path, query);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(READ_TIMEOUT)
                .header("Accept", "application/json").GET().build();
        HttpResponse<String> response = send(request, url);
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() / 100 != 2) {
            throw failure(url, response);
        }
        return Optional.of(parse(url, response.body()));
    }

    /** The status code of a GET, 0 when nothing answers; for health probes, whose body is secondary. */
    public HealthAnswer health(String baseUrl) {
        String url = baseUrl + "/q/health/ready";
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
        try {
            HttpResponse<String> response = send(request, url);
            JsonNode body = null;
            try {
                body = json.readTree(response.body());
            } catch (IOException ignored) {
                // a health endpoint that answers without JSON still has a status code
            }
            return new HealthAnswer(response.statusCode(), Optional.ofNullable(body), null);
        } catch (ApiException e) {
            return new HealthAnswer(0, Optional.empty(), e.getCause() == null ? e.getMessage() : ApiException.reason(e.getCause()));
        }
    }

    public record HealthAnswer(int status, Optional<JsonNode> body, String problem) {
    }

    public IngestAnswer postDocument(String ingestUrl, Optional<String> token, byte[] body, String contentType,
                                     Map<String, ?> metadata) throws ApiException {
        String url = url(ingestUrl, "/documents", metadata);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(POST_TIMEOUT)
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        HttpResponse<String> response = send(request.build(), url);
        if (response.statusCode() != 200 && response.statusCode() != 202) {
            throw failure(url, response);
        }
        JsonNode answer = parse(url, response.body());
        String id = answer.path("id").asText(null);
        if (id == null || id.isBlank()) {
            throw new ApiException(response.statusCode(), "bad_response", url + " answered without a document id");
        }
        return new IngestAnswer(id, answer.path("duplicate").asBoolean(response.statusCode() == 200));
    }

    public static String url(String baseUrl, String path, Map<String, ?> query) {
        StringJoiner params = new StringJoiner("&");
        if (query != null) {
            query.forEach((key, value) -> {
                if (value != null && !value.toString().isBlank()) {
                    params.add(encode(key) + "=" + encode(value.toString()));
                }
            });
        }
        return baseUrl + path + (params.length() == 0 ? "" : "?" + params);
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private HttpResponse<String> send(HttpRequest request, String url) throws ApiException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw ApiException.unreachable(url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(0, "interrupted", "interrupted while calling " + url);
        }
    }

    private JsonNode parse(String url, String body) throws ApiException {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new ApiException(200, "bad_response", url + " answered with something that is not JSON");
        }
    }

    /** {@code 413 payload_too_large: <the service's message>}, or the start of a non-JSON body. */
    private ApiException failure(String url, HttpResponse<String> response) {
        int status = response.statusCode();
        String code = "http_" + status;
        String message = null;
        try {
            JsonNode body = json.readTree(response.body());
            if (body != null && body.isObject()) {
                code = body.path("error").asText(code);
                message = body.path("message").asText(null);
            }
        } catch (IOException ignored) {
            // not JSON: fall back to the raw body below
        }
        if (message == null || message.isBlank()) {
            String raw = response.body() == null ? "" : response.body().strip();
            message = raw.length() > 160 ? raw.substring(0, 160) + "…" : raw;
        }
        String text = status + " " + code + (message.isBlank() ? "" : ": " + message);
        return new ApiException(status, code, text);
    }
}

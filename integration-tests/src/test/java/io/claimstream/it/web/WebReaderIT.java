package io.claimstream.it.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimstream.it.TestStack;
import io.claimstream.stack.Service;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web reader as the query-service serves it, checked without a browser: the page and every
 * module it imports load from the service itself (nothing from the network), and every REST
 * path and query parameter the reader can call is one the service's OpenAPI description declares.
 */
@ExtendWith(TestStack.class)
class WebReaderIT {

    private static final Pattern SCRIPT = Pattern.compile("<script[^>]*type=\"module\"[^>]*src=\"([^\"]+)\"");
    private static final Pattern STYLESHEET = Pattern.compile("<link[^>]*rel=\"stylesheet\"[^>]*href=\"([^\"]+)\"");
    private static final Pattern IMPORT = Pattern.compile(
            "(?:\\bimport|\\bexport)\\s[^;'\"]*?\\bfrom\\s*'([^']+)'|\\bimport\\s*\\(?\\s*'([^']+)'");
    private static final Pattern ENDPOINT = Pattern.compile(
            "(\\w+):\\s*\\{\\s*path:\\s*'([^']+)',\\s*query:\\s*\\[([^\\]]*)]\\s*}");
    private static final Pattern CALL = Pattern.compile("\\bapi\\.(?:get|getText|getAll|url)\\(\\s*'([^']*)'");
    private static final Pattern API_IMPORT = Pattern.compile("import\\s+(.*?)\\s+from\\s*'[./]*api\\.js'");
    private static final Pattern REMOTE = Pattern.compile("(?i)(?:https?:)?//[a-z0-9.-]+\\.[a-z]{2,}[/'\"]");

    private static URI base;
    private static String index;
    private static Map<String, String> modules;

    @BeforeAll
    static void load() {
        base = URI.create(TestStack.url(Service.QUERY) + "/");
        Response page = TestStack.query().get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        index = page.asString();
        modules = loadModules();
    }

    /** Every module reachable from the page, by URL path, fetched from the service. */
    private static Map<String, String> loadModules() {
        Map<String, String> found = new LinkedHashMap<>();
        Deque<URI> queue = new ArrayDeque<>();
        SCRIPT.matcher(index).results().forEach(m -> queue.add(base.resolve(m.group(1))));
        assertThat(queue).as("index.html loads the reader as an ES module").isNotEmpty();
        while (!queue.isEmpty()) {
            URI module = queue.poll();
            if (found.containsKey(module.getPath())) {
                continue;
            }
            Response answer = TestStack.query().get(module.getPath());
            assertThat(answer.statusCode()).as("GET %s", module.getPath()).isEqualTo(200);
            assertThat(answer.contentType()).as("%s is served as JavaScript", module.getPath())
                    .matches("(text|application)/javascript.*");
            String source = answer.asString();
            found.put(module.getPath(), source);
            Matcher imports = IMPORT.matcher(source);
            while (imports.find()) {
                String target = imports.group(1) != null ? imports.group(1) : imports.group(2);
                assertThat(target).as("%s imports relative modules only", module.getPath()).startsWith(".");
                queue.add(module.resolve(target));
            }
        }
        return found;
    }

    @Test
    void pageStylesAndModulesComeFromTheServiceItself() {
        Matcher stylesheet = STYLESHEET.matcher(index);
        assertThat(stylesheet.find()).isTrue();
        Response css = TestStack.query().get(base.resolve(stylesheet.group(1)).getPath());
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.contentType()).startsWith("text/css");
        assertThat(css.asString()).doesNotContain("@import", "url(");

        assertThat(modules.keySet()).contains("/reader/app.js", "/reader/api.js", "/reader/views/document.js",
                "/reader/views/search.js", "/reader/views/speaker.js", "/reader/views/topic.js");
        assertThat(REMOTE.matcher(index).find()).as("index.html loads nothing from another host").isFalse();
        modules.forEach((path, source) -> assertThat(REMOTE.matcher(source).find())
                .as("%s refers to no other host", path).isFalse());
    }

    @Test
    void everyCallTheReaderMakesIsAPathAndParameterOfTheOpenApiDescription() throws IOException {
        JsonNode openapi = new ObjectMapper().readTree(
                TestStack.query().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
        Map<String, Endpoint> endpoints = endpoints(modules.get("/reader/api.js"));
        assertThat(endpoints).containsKeys("claims", "claim", "document", "documentText", "documentClaims", "speaker", "topic");

        for (Endpoint endpoint : endpoints.values()) {
            JsonNode path = openapi.path("paths").path(endpoint.path());
            assertThat(path.isMissingNode()).as("%s is in /q/openapi", endpoint.path()).isFalse();
            JsonNode get = path.path("get");
            assertThat(get.isMissingNode()).as("GET %s is in /q/openapi", endpoint.path()).isFalse();
            Set<String> query = parameters(path, get, "query");
            assertThat(query).as("query parameters of GET %s", endpoint.path()).containsAll(endpoint.query());
            Set<String> placeholders = new HashSet<>();
            Pattern.compile("\\{(\\w+)}").matcher(endpoint.path()).results().forEach(m -> placeholders.add(m.group(1)));
            assertThat(parameters(path, get, "path")).as("path parameters of GET %s", endpoint.path())
                    .containsExactlyInAnyOrderElementsOf(placeholders);
        }

        Set<String> called = new HashSet<>();
        modules.forEach((module, source) -> {
            if (!module.equals("/reader/api.js")) {
                assertThat(source).as("%s reaches the server only through api.js", module).doesNotContain("fetch(");
            }
            API_IMPORT.matcher(source).results().forEach(m -> assertThat(m.group(1))
                    .as("%s imports api.js as a namespace, so that every call reads api.<function>('<endpoint>'", module)
                    .isEqualTo("* as api"));
            CALL.matcher(source).results().forEach(m -> called.add(m.group(1)));
        });
        assertThat(endpoints.keySet()).as("every endpoint the modules call is declared").containsAll(called);
        assertThat(called).as("the views use the API for search, documents, people and topics")
                .contains("claims", "claim", "document", "documentText", "documentClaims", "speaker", "topic", "topics");
    }

    private record Endpoint(String path, List<String> query) {
    }

    private static Map<String, Endpoint> endpoints(String api) {
        Map<String, Endpoint> found = new LinkedHashMap<>();
        Matcher m = ENDPOINT.matcher(api);
        while (m.find()) {
            List<String> query = Pattern.compile("'([^']+)'").matcher(m.group(3)).results().map(r -> r.group(1)).toList();
            found.put(m.group(1), new Endpoint(m.group(2), query));
        }
        return found;
    }

    private static Set<String> parameters(JsonNode path, JsonNode operation, String in) {
        Set<String> names = new HashSet<>();
        for (JsonNode list : List.of(path.path("parameters"), operation.path("parameters"))) {
            list.forEach(p -> {
                if (in.equals(p.path("in").asText())) {
                    names.add(p.path("name").asText());
                }
            });
        }
        return names;
    }
}

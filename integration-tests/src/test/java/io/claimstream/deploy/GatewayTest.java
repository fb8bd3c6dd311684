package io.claimstream.deploy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one public door: which service answers each request according to the HTTPRoute (by the
 * Gateway API's precedence rules), and whether the gateway lets a document as large as ingest
 * accepts through.
 */
class GatewayTest {

    private static final Path REPO = Path.of(System.getProperty("claimstream.repo", "..")).toAbsolutePath().normalize();

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "POST, /documents, ingest-service",
            "GET, /documents/abc, query-service",
            "GET, /documents/abc/text, query-service",
            "GET, /claims, query-service",
            "GET, /, query-service",
            "GET, /index.html, query-service",
            "GET, /reader/app.js, query-service",
            "GET, /reader/views/document.js, query-service",
            "GET, /q/openapi, query-service",
            "GET, /q/swagger-ui/, query-service",
            "POST, /predictions/x/resolution, query-service",
            "POST, /admin/dead-letters/documents.parsed.dlq/replay, ingest-service",
            "GET, /admin/dead-letters, ingest-service",
    })
    void requestsReachTheServiceThatAnswersThem(String method, String path, String service) {
        for (String overlay : List.of("base", "overlays/dev", "overlays/prod")) {
            assertThat(route(Kustomize.render(REPO.resolve("deploy/k8s").resolve(overlay)), method, path))
                    .as("%s %s in %s", method, path, overlay).isEqualTo(service);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    @SuppressWarnings("unchecked")
    void theGatewayLetsThroughEveryBodyIngestAccepts(String overlay) throws IOException {
        Properties ingest = new Properties();
        try (var reader = Files.newBufferedReader(REPO.resolve("ingest-service/src/main/resources/application.properties"))) {
            ingest.load(reader);
        }
        long text = Long.parseLong(ingest.getProperty("claimstream.ingest.max-text-bytes"));
        String body = ingest.getProperty("quarkus.http.limits.max-body-size").replaceAll("\\$\\{[^:]+:([^}]+)}", "$1");
        Map<String, Object> policy = Kustomize.render(REPO.resolve("deploy/k8s").resolve(overlay)).stream()
                .filter(o -> "ClientSettingsPolicy".equals(o.get("kind"))).findFirst()
                .orElseThrow(() -> new AssertionError("no ClientSettingsPolicy: NGINX would refuse bodies over 1 MiB"));
        Map<String, Object> spec = (Map<String, Object>) policy.get("spec");
        assertThat((Map<String, Object>) spec.get("targetRef")).containsEntry("kind", "Gateway").containsEntry("name", "claimstream");
        long allowed = bytes((String) ((Map<String, Object>) spec.get("body")).get("maxSize"));
        assertThat(allowed).as("the gateway passes documents up to ingest's text limit").isGreaterThan(text);
        assertThat(allowed).as("and up to ingest's body limit, so that ingest answers every 413 with its JSON")
                .isGreaterThanOrEqualTo(bytes(body));
    }

    /** 64m, 64M, 10485760: sizes as NGINX and Quarkus write them. */
    private static long bytes(String size) {
        String s = size.trim().toLowerCase();
        long unit = switch (s.charAt(s.length() - 1)) {
            case 'k' -> 1024L;
            case 'm' -> 1024L * 1024;
            case 'g' -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        return Long.parseLong(unit == 1 ? s : s.substring(0, s.length() - 1)) * unit;
    }

    private record Match(String backend, boolean exact, int prefixLength, boolean method) {
    }

    /**
     * The backend the HTTPRoute picks: among matching rules, an exact path first, then the longest
     * prefix, then a rule that also names the method (Gateway API match precedence).
     */
    @SuppressWarnings("unchecked")
    static String route(List<Map<String, Object>> objects, String method, String path) {
        List<Match> matches = new ArrayList<>();
        objects.stream().filter(o -> "HTTPRoute".equals(o.get("kind"))).forEach(route -> {
            for (Map<String, Object> rule : (List<Map<String, Object>>) ((Map<String, Object>) route.get("spec")).get("rules")) {
                String backend = (String) ((List<Map<String, Object>>) rule.get("backendRefs")).get(0).get("name");
                for (Map<String, Object> match : (List<Map<String, Object>>) rule.get("matches")) {
                    Map<String, Object> pathMatch = (Map<String, Object>) match.get("path");
                    String type = (String) pathMatch.get("type");
                    String value = (String) pathMatch.get("value");
                    boolean pathOk = type.equals("Exact") ? path.equals(value)
                            : value.equals("/") || path.equals(value) || path.startsWith(value.endsWith("/") ? value : value + "/");
                    Object wanted = match.get("method");
                    if (pathOk && (wanted == null || wanted.equals(method))) {
                        matches.add(new Match(backend, type.equals("Exact"), value.length(), wanted != null));
                    }
                }
            }
        });
        return matches.stream()
                .max(Comparator.comparing(Match::exact).thenComparingInt(Match::prefixLength).thenComparing(Match::method))
                .map(Match::backend).orElse("(no route: 404)");
    }
}

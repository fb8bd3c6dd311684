package io.claimstream.it;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The seed documents beside the repository (read at test time, never copied) through the whole
 * pipeline: the person the article (000), the conference report (001) and the news story (002)
 * all quote is one person record with every spelling as an alias, and the remarks 001 and 002
 * both report form corroboration clusters with a source in each.
 */
@ExtendWith(TestStack.class)
class SeedPeopleIT {

    private static final Path SEEDS = Path.of(System.getProperty("claimstream.repo", ".."))
            .toAbsolutePath().normalize().resolve("../shared/seeds").normalize();

    private static String seed(String prefix) throws IOException {
        try (var files = Files.list(SEEDS)) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Files.readString(file);
        }
    }

    @Test
    void onePersonAcrossTheSeedsAndTheSameRemarksCorroborated() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS), "no seeds beside the repository");
        String article = Documents.post(seed("000_"), "seed 000");
        String report = Documents.post(seed("001_"), "seed 001");
        String story = Documents.post(seed("002_"), "seed 002");
        List.of(article, report, story).forEach(Documents::awaitStored);

        JsonPath found = TestStack.query().get("/speakers?name=Luo Fuli").then().statusCode(200).extract().jsonPath();
        assertThat(found.getList("items.id", String.class)).containsExactly("luo-fuli");
        JsonPath person = TestStack.query().get("/speakers/luo-fuli").then().statusCode(200).extract().jsonPath();
        assertThat(person.getList("documents.id", String.class)).contains(article, report, story);
        // the profile merging every document's spellings is refreshed in the background after storing
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(TestStack.query().get("/speakers/luo-fuli").then().statusCode(200).extract().jsonPath()
                        .getList("aliases", String.class)).isNotEmpty());
        // every name the three documents give her speakers resolves to the same record
        for (String doc : List.of(article, report, story)) {
            List<Map<String, Object>> speakers = TestStack.query().get("/documents/" + doc + "/speakers")
                    .then().statusCode(200).extract().jsonPath().getList("$");
            assertThat(speakers).filteredOn(s -> String.valueOf(s.get("name")).contains("Luo"))
                    .extracting(s -> s.get("id")).containsOnly("luo-fuli");
        }

        List<String> storyClaims = TestStack.query().get("/claims?speaker=luo-fuli&document=" + story + "&size=200")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
        // corroboration is linked by a background refresher shortly after storing
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            long corroborated = storyClaims.stream().filter(id -> {
                JsonPath claim = TestStack.query().get("/claims/" + id).then().statusCode(200).extract().jsonPath();
                Set<String> sources = claim.getList("corroboration.sources.documentId", String.class) == null ? Set.of()
                        : claim.getList("corroboration.sources.documentId", String.class).stream().collect(Collectors.toSet());
                return sources.contains(report) && sources.contains(story)
                        && claim.getList("corroboration.sources.speaker.id", String.class).stream().allMatch("luo-fuli"::equals)
                        && !claim.getString("corroboration.sources[0].context.text").isBlank();
            }).count();
            assertThat(corroborated).isGreaterThanOrEqualTo(3);
        });
    }
}

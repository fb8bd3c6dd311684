package io.claimstream.it.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimstream.cli.output.DisplayWidth;
import io.claimstream.it.TestStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The query tables, JSON lines, status and exit codes, through the public REST API of the real stack. */
@ExtendWith(TestStack.class)
class CliQueryIT {

    private static final String RESEARCHER = "Wilhelmina Osei-Tutu";
    private static final String INVESTOR = "Bartholomew Kettering";

    @BeforeAll
    static void ingestAPanel(@TempDir Path folder) {
        Transcripts.write(folder, "query-panel.txt", Transcripts.panel(RESEARCHER, INVESTOR));
        CliRunner.Result ingest = CliRunner.run("ingest", folder.toString(), "--published", "2026-04-02", "--wait");
        assertThat(ingest.status()).as(ingest.toString()).isZero();
    }

    @Test
    void claimsBySpeakerIsAnAlignedTableCutToTheTerminalWidth() {
        CliRunner.Result result = CliRunner.run("claims", "--speaker", RESEARCHER);

        assertThat(result.status()).as(result.toString()).isZero();
        List<String> lines = result.outLines();
        assertThat(lines.get(0)).matches("SPEAKER\\s+DATE\\s+TYPE\\s+TOPICS\\s+CLAIM");
        assertThat(lines).hasSizeGreaterThan(1);
        int claimColumn = lines.get(0).indexOf("CLAIM");
        for (String row : lines.subList(1, lines.size())) {
            assertThat(row).startsWith(RESEARCHER).contains("2026-04-02");
            assertThat(DisplayWidth.of(row)).isLessThanOrEqualTo(CliRunner.WIDTH);
            assertThat(row.charAt(claimColumn - 1)).isEqualTo(' ');
            assertThat(row.charAt(claimColumn)).isNotEqualTo(' ');
        }
        assertThat(result.out()).contains("Reinforcement learning on"); // the rest is cut at the terminal width
        assertThat(result.out()).doesNotContain(INVESTOR);
    }

    @Test
    void claimsAsJsonLinesCarryTheApiFields() throws Exception {
        CliRunner.Result result = CliRunner.run("claims", "--speaker", INVESTOR, "--json");

        assertThat(result.status()).as(result.toString()).isZero();
        ObjectMapper json = new ObjectMapper();
        assertThat(result.outLines()).isNotEmpty().allSatisfy(line -> {
            JsonNode claim = json.readTree(line);
            assertThat(claim.path("speaker").path("name").asText()).isEqualTo(INVESTOR);
            assertThat(claim.path("id").asText()).isNotBlank();
            assertThat(claim.path("span").path("end").asInt()).isGreaterThan(claim.path("span").path("start").asInt());
        });
    }

    @Test
    void limitAndCountOnStderr() {
        CliRunner.Result result = CliRunner.run("claims", "--limit", "1");

        assertThat(result.status()).isZero();
        assertThat(result.outLines()).hasSize(2);
        assertThat(result.err()).containsPattern("showing 1 of \\d+ claims");
    }

    @Test
    void speakersTopicsAndPredictionsAreTables() {
        CliRunner.Result speakers = CliRunner.run("speakers", "--name", "Kettering");
        assertThat(speakers.status()).as(speakers.toString()).isZero();
        assertThat(speakers.outLines().get(0)).startsWith("NAME").contains("ROLE", "AFFILIATIONS", "DOCS", "CLAIMS");
        assertThat(speakers.out()).contains(INVESTOR);

        CliRunner.Result topics = CliRunner.run("topics");
        assertThat(topics.status()).as(topics.toString()).isZero();
        assertThat(topics.outLines().get(0)).startsWith("TOPIC").contains("CLAIMS", "SPEAKERS", "DOCS");
        assertThat(topics.out()).contains("compute-and-chips");

        CliRunner.Result predictions = CliRunner.run("predictions", "--speaker", RESEARCHER);
        assertThat(predictions.status()).as(predictions.toString()).isZero();
        assertThat(predictions.outLines().get(0)).startsWith("SPEAKER").contains("SAID", "HORIZON", "PREDICTION");
    }

    @Test
    void aFilterTheServiceRejectsExitsWithTwoAndItsReason() {
        CliRunner.Result result = CliRunner.run("claims", "--from", "not-a-date");

        assertThat(result.status()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("400");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void statusShowsHealthLagDeadLettersAndCounts() {
        CliRunner.Result status = CliRunner.run("status");

        assertThat(status.status()).as(status.toString()).isZero();
        assertThat(status.out()).containsPattern("ingest-service\\s+\\S+\\s+UP")
                .containsPattern("analysis-service\\s+\\S+\\s+UP")
                .containsPattern("query-service\\s+\\S+\\s+UP");
        assertThat(status.out()).contains("CONSUMER GROUP").contains("documents.parsed").contains("documents.analyzed");
        assertThat(status.out()).containsPattern("documents\\.parsed\\.dlq\\s+\\d+");
        assertThat(status.out()).containsPattern("claims\\s+[1-9]\\d*");
    }

    @Test
    void statusOfAStackThatIsDownExitsWithOne() {
        CliRunner.Result status = CliRunner.run("status", "--query-url", "http://127.0.0.1:9");

        assertThat(status.status()).isEqualTo(1);
        assertThat(status.out()).containsPattern("query-service\\s+http://127.0.0.1:9\\s+UNREACHABLE");
    }

    @Test
    void thePackagedJarKeepsStdoutForDataAndStderrForTheRest() throws Exception {
        CliRunner.Result result = CliRunner.process("export", "--format", "csv", "--speaker", RESEARCHER);

        assertThat(result.status()).as(result.toString()).isZero();
        assertThat(result.out()).startsWith("claim_id,speaker,document_title,published,type,topics,span_start,span_end,source_url,text\r\n");
        assertThat(result.out()).doesNotContain("export ").doesNotContain("\u001B[");
        assertThat(result.err()).contains("claims");

        CliRunner.Result usage = CliRunner.process("claims", "--no-such-flag");
        assertThat(usage.status()).isEqualTo(2);
        assertThat(usage.out()).isEmpty();
        assertThat(usage.err()).contains("Unknown option");
    }
}

package io.claimstream.it.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimstream.it.TestStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code claimstream export}: the CSV parses back with the promised columns and one row per claim. */
@ExtendWith(TestStack.class)
class CliExportIT {

    private static final String SPEAKER = "Perpetua Lindqvist";
    private static final String OTHER = "Cassius Abernathy-Mbeki";
    private static final String URL = "https://example.org/interviews/lindqvist?part=1,2";
    private static final List<String> HEADER = List.of("claim_id", "speaker", "document_title", "published", "type",
            "topics", "span_start", "span_end", "source_url", "text");

    private static String text;

    @BeforeAll
    static void ingest(@TempDir Path folder) {
        text = Transcripts.panel(SPEAKER, OTHER);
        Transcripts.write(folder, "export-panel.txt", text);
        CliRunner.Result ingest = CliRunner.run("ingest", folder.toString(), "--published", "2026-05-04",
                "--url", URL, "--wait");
        assertThat(ingest.status()).as(ingest.toString()).isZero();
    }

    @Test
    void csvParsesBackWithTheExpectedColumnsAndARowPerClaim() {
        // pages of one claim, so that the export has to walk several of them
        CliRunner.Result export = CliRunner.run("export", "--format", "csv", "--speaker", SPEAKER, "--page-size", "1");

        assertThat(export.status()).as(export.toString()).isZero();
        List<List<String>> records = parseCsv(export.out());
        assertThat(records.get(0)).isEqualTo(HEADER);
        JsonNode page = CliRunner.query("/claims", Map.of("speaker", SPEAKER, "size", "1000"));
        List<String> claimIds = new ArrayList<>();
        page.path("items").forEach(claim -> claimIds.add(claim.path("id").asText()));
        List<List<String>> rows = records.subList(1, records.size());
        assertThat(rows).hasSize(claimIds.size()).hasSizeGreaterThan(1);
        Set<String> ids = new HashSet<>();
        for (List<String> row : rows) {
            assertThat(row).hasSize(HEADER.size());
            ids.add(row.get(0));
            assertThat(row.get(1)).isEqualTo(SPEAKER);
            assertThat(row.get(2)).isEqualTo("export-panel.txt");
            assertThat(row.get(3)).isEqualTo("2026-05-04");
            assertThat(row.get(4)).isIn("opinion", "prediction", "recommendation", "fact");
            assertThat(row.get(8)).isEqualTo(URL);
            int start = Integer.parseInt(row.get(6));
            int end = Integer.parseInt(row.get(7));
            assertThat(text.substring(start, end)).contains(row.get(9));
        }
        assertThat(ids).containsExactlyInAnyOrderElementsOf(claimIds);
    }

    @Test
    void quotesAndCommasInClaimsSurviveTheRoundTrip() {
        CliRunner.Result export = CliRunner.run("export", "--format", "csv", "--speaker", OTHER);

        assertThat(export.status()).as(export.toString()).isZero();
        List<List<String>> rows = parseCsv(export.out());
        assertThat(rows.subList(1, rows.size())).anySatisfy(row ->
                assertThat(row.get(9)).contains("\"sharply\"").contains(","));
    }

    @Test
    void jsonLinesHaveTheSameFields() throws Exception {
        CliRunner.Result export = CliRunner.run("export", "--format", "jsonl", "--speaker", SPEAKER);

        assertThat(export.status()).as(export.toString()).isZero();
        ObjectMapper json = new ObjectMapper();
        List<String> lines = export.outLines();
        assertThat(lines).hasSizeGreaterThan(1);
        for (String line : lines) {
            JsonNode row = json.readTree(line);
            List<String> fields = new ArrayList<>();
            row.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).isEqualTo(HEADER);
            assertThat(row.get("topics").isArray()).isTrue();
            assertThat(row.get("source_url").asText()).isEqualTo(URL);
        }
    }

    @Test
    void anEmptySelectionIsJustTheHeader() {
        CliRunner.Result export = CliRunner.run("export", "--speaker", "Nobody Ever-Quoted");

        assertThat(export.status()).as(export.toString()).isZero();
        assertThat(parseCsv(export.out())).containsExactly(HEADER);
    }

    /** RFC 4180, written here independently of the command's writer. */
    static List<List<String>> parseCsv(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(quoted).as("unterminated quote").isFalse();
        assertThat(record).as("a record without CRLF at the end").isEmpty();
        return records;
    }
}

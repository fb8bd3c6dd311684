package io.claimstream.cli.export;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    @Test
    void plainFieldsAreNotQuoted() {
        assertThat(Csv.record(List.of("a", "b c", ""))).isEqualTo("a,b c,\r\n");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedWithQuotesDoubled() {
        assertThat(Csv.field("prices, falling")).isEqualTo("\"prices, falling\"");
        assertThat(Csv.field("he said \"no\"")).isEqualTo("\"he said \"\"no\"\"\"");
        assertThat(Csv.field("line one\nline two")).isEqualTo("\"line one\nline two\"");
        assertThat(Csv.field("cr\ronly")).isEqualTo("\"cr\ronly\"");
        assertThat(Csv.field(null)).isEmpty();
    }

    @Test
    void recordsParseBackToTheSameFields() {
        List<String> fields = List.of("c1", "Ana Ruiz", "Panel, day 2", "2026-06-12", "prediction",
                "agents;pricing-and-cost", "10", "52", "https://example.org/a?b=c,d", "\"Quoted\",\nand more");
        String csv = Csv.record(ExportRow.CSV_HEADER) + Csv.record(fields);

        List<List<String>> parsed = parse(csv);

        assertThat(parsed).containsExactly(ExportRow.CSV_HEADER, fields);
    }

    @Test
    void exportRowPutsTheColumnsInTheHeadersOrder() {
        ExportRow row = new ExportRow("c1", "Ana Ruiz", "Panel", "2026-06-12", "fact", List.of("data", "agents"),
                3, 9, "https://example.org", "Text.");

        assertThat(row.csvFields()).containsExactly("c1", "Ana Ruiz", "Panel", "2026-06-12", "fact", "data;agents",
                "3", "9", "https://example.org", "Text.");
        assertThat(row.json().get("topics").size()).isEqualTo(2);
        assertThat(row.json().fieldNames()).toIterable().containsExactlyElementsOf(ExportRow.CSV_HEADER);
    }

    /** A strict RFC 4180 reader, independent of the writer. */
    static List<List<String>> parse(String csv) {
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
        assertThat(Arrays.asList(quoted, field.length(), record.size())).containsExactly(false, 0, 0);
        return records;
    }
}

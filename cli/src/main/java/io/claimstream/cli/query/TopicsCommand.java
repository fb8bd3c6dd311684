package io.claimstream.cli.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimstream.cli.ExitCodes;
import io.claimstream.cli.api.Json;
import io.claimstream.cli.output.MonthlyTrend;
import io.claimstream.cli.output.Table;
import io.claimstream.cli.output.Table.Column;
import picocli.CommandLine.Command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "topics", abbreviateSynopsis = true,
        description = "Every topic, the most discussed first: claims, speakers, documents, and claims per month of publication.",
        footer = {"%nExamples:",
                "  claimstream topics",
                "  claimstream claims --topic agents     # then what was said about one",
                io.claimstream.cli.ExitCodes.HELP_FOOTER})
public final class TopicsCommand extends ListCommand {

    /** Months shown in the trend column; older ones are still in --json. */
    private static final int TREND_MONTHS = 24;

    @Override
    public Integer call() throws Exception {
        JsonNode answer = api().get(endpoints().queryUrl(), "/topics", Map.of());
        List<JsonNode> topics = Json.items(answer);
        Table table = Table.of(
                Column.left("TOPIC"),
                Column.left("LABEL").max(32),
                Column.right("CLAIMS"),
                Column.right("SPEAKERS"),
                Column.right("DOCS"),
                Column.left("MONTHS"),
                Column.flexible("TREND"));
        long shown = 0;
        for (JsonNode topic : topics) {
            if (limit > 0 && shown >= limit) {
                break;
            }
            shown++;
            if (json) {
                printJson(topic);
                continue;
            }
            Map<String, Long> byMonth = new LinkedHashMap<>();
            topic.path("trend").forEach(m -> byMonth.put(Json.text(m, "month"), m.path("claims").asLong()));
            MonthlyTrend trend = MonthlyTrend.of(byMonth, TREND_MONTHS);
            table.row(Json.text(topic, "id"), Json.text(topic, "label"), Json.text(topic, "claimCount"),
                    Json.text(topic, "speakerCount"), Json.text(topic, "documentCount"), trend.range(), trend.sparkline());
        }
        if (!json) {
            printTable(table);
        }
        out().flush();
        printCount(shown, topics.size(), "topics");
        return ExitCodes.OK;
    }
}

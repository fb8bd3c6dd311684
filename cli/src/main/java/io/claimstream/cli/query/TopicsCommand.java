package io.claimstream.cli.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimstream.cli.ExitCodes;
import io.claimstream.cli.api.Json;
import io.claimstream.cli.output.Sparkline;
import io.claimstream.cli.output.Table;
import io.claimstream.cli.output.Table.Column;
import picocli.CommandLine.Command;

import java.util.ArrayList;
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
            List<Long> trend = new ArrayList<>();
            List<String> months = new ArrayList<>();
            topic.path("trend").forEach(m -> {
                trend.add(m.path("claims").asLong());
                months.add(Json.text(m, "month"));
            });
            List<Long> recent = trend.subList(Math.max(0, trend.size() - TREND_MONTHS), trend.size());
            List<String> recentMonths = months.subList(Math.max(0, months.size() - TREND_MONTHS), months.size());
            String range = recentMonths.isEmpty() ? "" : recentMonths.size() == 1 ? recentMonths.get(0)
                    : recentMonths.get(0) + ".." + recentMonths.get(recentMonths.size() - 1);
            table.row(Json.text(topic, "id"), Json.text(topic, "label"), Json.text(topic, "claimCount"),
                    Json.text(topic, "speakerCount"), Json.text(topic, "documentCount"), range, Sparkline.of(recent));
        }
        if (!json) {
            printTable(table);
        }
        out().flush();
        printCount(shown, topics.size(), "topics");
        return ExitCodes.OK;
    }
}

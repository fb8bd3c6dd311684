package io.claimstream.cli.query;

import io.claimstream.cli.ExitCodes;
import io.claimstream.cli.api.Pages;
import io.claimstream.cli.output.Style;
import io.claimstream.cli.output.Table;
import io.claimstream.cli.output.Table.Column;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

@Command(name = "predictions", abbreviateSynopsis = true,
        description = "The ledger of forecasts, soonest horizon first: who predicted what, when they said it,"
                + " for when, with what probability, and how it turned out if recorded.",
        footer = {"%nExamples:",
                "  claimstream predictions",
                "  claimstream predictions --topic china-vs-us --horizon 2027",
                "  claimstream predictions --speaker 'Devraj Iyer' --open",
                io.claimstream.cli.ExitCodes.HELP_FOOTER})
public final class PredictionsCommand extends ListCommand {

    @Option(names = {"-s", "--speaker"}, paramLabel = "NAME|ID", description = "A speaker's name or id.")
    String speaker;

    @Option(names = {"-t", "--topic"}, paramLabel = "TOPIC", completionCandidates = ClaimFilters.Topics.class,
            description = "A topic id.")
    String topic;

    @Option(names = "--horizon", paramLabel = "PERIOD", description = "Only predictions whose horizon overlaps 2027, 2027-06 or 2027-06-30.")
    String horizon;

    @Option(names = "--resolved", description = "Only predictions with a recorded outcome.")
    boolean resolved;

    @Option(names = "--open", description = "Only predictions without a recorded outcome.")
    boolean open;

    @Override
    public Integer call() throws Exception {
        if (resolved && open) {
            err().println("claimstream predictions: --resolved and --open exclude each other");
            return ExitCodes.USAGE;
        }
        Map<String, String> query = new LinkedHashMap<>();
        putIfSet(query, "speaker", speaker);
        putIfSet(query, "topic", topic);
        putIfSet(query, "horizon", horizon);
        if (resolved || open) {
            query.put("resolved", Boolean.toString(resolved));
        }
        Table table = Table.of(
                Column.left("SPEAKER").max(24),
                Column.left("SAID"),
                Column.left("HORIZON").max(24),
                Column.right("P"),
                Column.left("OUTCOME").coloured(PredictionsCommand::outcomeColour),
                Column.flexible("PREDICTION"));
        AtomicLong shown = new AtomicLong();
        long total = new Pages(api(), endpoints().queryUrl(), "/predictions", query).forEach(Pages.MAX_PAGE_SIZE, limit, item -> {
            shown.incrementAndGet();
            if (json) {
                printJson(item);
            } else {
                ClaimRow c = ClaimRow.of(item);
                table.row(c.speaker().isEmpty() ? "(unattributed)" : c.speaker(), c.published(), c.horizon(),
                        c.probability(), c.outcome(), c.text());
            }
        });
        if (!json) {
            printTable(table);
        }
        out().flush();
        printCount(shown.get(), total, "predictions");
        return ExitCodes.OK;
    }

    private static void putIfSet(Map<String, String> query, String key, String value) {
        if (value != null && !value.isBlank()) {
            query.put(key, value);
        }
    }

    private static Style.Colour outcomeColour(String outcome) {
        return switch (outcome) {
            case "true" -> Style.Colour.GREEN;
            case "false" -> Style.Colour.RED;
            case "partly" -> Style.Colour.YELLOW;
            default -> null;
        };
    }
}

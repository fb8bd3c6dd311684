package io.claimstream.cli.query;

import io.claimstream.cli.ExitCodes;
import io.claimstream.cli.api.Pages;
import io.claimstream.cli.output.Table;
import io.claimstream.cli.output.Table.Column;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.atomic.AtomicLong;

@Command(name = "claims", abbreviateSynopsis = true,
        description = {"Search claims: an aligned table of speaker, date, type, topics and the claim, cut to the terminal"
                + " width (COLUMNS, else 120). Ordered by publication date, or by relevance with --q."},
        footer = {"%nExamples:",
                "  claimstream claims --speaker 'Mira Sandoval'",
                "  claimstream claims --topic china-vs-us --type prediction --from 2026",
                "  claimstream claims --q '\"agent RL\"' --limit 0 --json | jq .text",
                io.claimstream.cli.ExitCodes.HELP_FOOTER})
public final class ClaimsCommand extends ListCommand {

    @Mixin
    ClaimFilters filters;

    @Override
    public Integer call() throws Exception {
        Table table = Table.of(
                Column.left("SPEAKER").max(24),
                Column.left("DATE"),
                Column.left("TYPE").coloured(ListCommand::typeColour),
                Column.left("TOPICS").max(24),
                Column.flexible("CLAIM"));
        AtomicLong shown = new AtomicLong();
        long total = new Pages(api(), endpoints().queryUrl(), "/claims", filters.query())
                .forEach(Pages.MAX_PAGE_SIZE, limit, item -> {
                    shown.incrementAndGet();
                    if (json) {
                        printJson(item);
                    } else {
                        ClaimRow c = ClaimRow.of(item);
                        table.row(c.speaker().isEmpty() ? "(unattributed)" : c.speaker(), c.published(), c.type(),
                                String.join(", ", c.topics()), c.text());
                    }
                });
        if (!json) {
            printTable(table);
        }
        out().flush();
        printCount(shown.get(), total, "claims");
        return ExitCodes.OK;
    }
}

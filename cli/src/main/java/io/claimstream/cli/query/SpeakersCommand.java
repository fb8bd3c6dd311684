package io.claimstream.cli.query;

import io.claimstream.cli.ExitCodes;
import io.claimstream.cli.api.Json;
import io.claimstream.cli.api.Pages;
import io.claimstream.cli.output.Table;
import io.claimstream.cli.output.Table.Column;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

@Command(name = "speakers", abbreviateSynopsis = true,
        description = "People resolved across documents, by name: role, affiliations, documents, claims and the other names they go by.",
        footer = {"%nExamples:",
                "  claimstream speakers",
                "  claimstream speakers --name luo --json",
                io.claimstream.cli.ExitCodes.HELP_FOOTER})
public final class SpeakersCommand extends ListCommand {

    @Option(names = "--name", paramLabel = "TEXT", description = "Only speakers whose name or an alias contains this text.")
    String name;

    @Override
    public Integer call() throws Exception {
        Map<String, String> query = new LinkedHashMap<>();
        if (name != null && !name.isBlank()) {
            query.put("name", name);
        }
        Table table = Table.of(
                Column.left("NAME").max(28),
                Column.left("ROLE").max(28),
                Column.left("AFFILIATIONS").max(32),
                Column.right("DOCS"),
                Column.right("CLAIMS"),
                Column.left("ID"),
                Column.flexible("ALIASES"));
        AtomicLong shown = new AtomicLong();
        long total = new Pages(api(), endpoints().queryUrl(), "/speakers", query).forEach(Pages.MAX_PAGE_SIZE, limit, item -> {
            shown.incrementAndGet();
            if (json) {
                printJson(item);
            } else {
                table.row(Json.text(item, "name"), Json.text(item, "role"),
                        String.join(", ", Json.strings(item.path("affiliations"))),
                        Json.text(item, "documentCount"), Json.text(item, "claimCount"), Json.text(item, "id"),
                        String.join(", ", Json.strings(item.path("aliases"))));
            }
        });
        if (!json) {
            printTable(table);
        }
        out().flush();
        printCount(shown.get(), total, "speakers");
        return ExitCodes.OK;
    }
}

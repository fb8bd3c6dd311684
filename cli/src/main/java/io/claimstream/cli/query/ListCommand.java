package io.claimstream.cli.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.claimstream.cli.ApiCommand;
import io.claimstream.cli.output.Style;
import io.claimstream.cli.output.Table;
import picocli.CommandLine.Option;

/** A command that prints a list from the query API as a table, or as JSON lines with {@code --json}. */
abstract class ListCommand extends ApiCommand {

    @Option(names = "--json", description = "One JSON object per line, as the API returns it, instead of a table.")
    boolean json;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "50",
            description = "At most N rows; 0 for all. Default: ${DEFAULT-VALUE}.")
    long limit;

    protected void printJson(JsonNode item) throws JsonProcessingException {
        out().println(api().json().writeValueAsString(item));
    }

    protected void printTable(Table table) {
        table.render(terminal().width(), style()).forEach(out()::println);
        out().flush();
    }

    /** On stderr, so that stdout holds only the table: "showing 50 of 431 claims". */
    protected void printCount(long shown, long total, String noun) {
        if (shown < total) {
            err().println(terminal().errStyle().dim("showing " + shown + " of " + total + " " + noun
                    + " (--limit N for more, 0 for all)"));
        } else if (total == 0) {
            err().println("no " + noun + " match");
        }
    }

    static Style.Colour typeColour(String type) {
        return switch (type) {
            case "prediction" -> Style.Colour.MAGENTA;
            case "recommendation" -> Style.Colour.CYAN;
            case "fact" -> Style.Colour.BLUE;
            case "opinion" -> Style.Colour.YELLOW;
            default -> null;
        };
    }
}

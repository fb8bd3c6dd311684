package io.claimstream.cli.ingest;

import io.claimstream.cli.output.Style;
import io.claimstream.cli.output.Table;
import io.claimstream.cli.output.Table.Column;
import io.claimstream.cli.output.Units;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The table printed when an ingest run ends: one row per file, then the totals. */
public final class IngestSummary {

    private IngestSummary() {
    }

    public static List<String> render(List<FileOutcome> outcomes, Duration took, boolean withAnalysis, int width, Style style) {
        List<Column> columns = new ArrayList<>(List.of(
                Column.left("FILE").max(60),
                Column.left("RESULT").coloured(IngestSummary::colour),
                Column.left("DOCUMENT"),
                Column.right("SIZE")));
        if (withAnalysis) {
            columns.add(Column.right("SPEAKERS"));
            columns.add(Column.right("CLAIMS"));
        }
        columns.add(Column.flexible("DETAIL"));
        Table table = new Table(columns);
        for (FileOutcome o : outcomes) {
            List<Object> cells = new ArrayList<>(List.of(o.source().label(), o.result().name().toLowerCase(Locale.ROOT),
                    o.documentId() == null ? "" : o.documentId(), o.bytes() < 0 ? "" : Units.bytes(o.bytes())));
            if (withAnalysis) {
                cells.add(o.speakers().isPresent() ? Integer.toString(o.speakers().getAsInt()) : "");
                cells.add(o.claims().isPresent() ? Integer.toString(o.claims().getAsInt()) : "");
            }
            cells.add(o.detail());
            table.row(cells.toArray());
        }
        List<String> lines = new ArrayList<>(table.render(width, style));
        lines.add("");
        lines.add(totals(outcomes, took));
        // the table cuts DETAIL to the terminal width; a failure's reason is worth a full line
        List<FileOutcome> failed = outcomes.stream().filter(o -> o.result() == FileOutcome.Result.FAILED).toList();
        if (!failed.isEmpty()) {
            lines.add(style.red("failed:"));
            failed.forEach(o -> lines.add("  " + o.source().label() + ": " + o.detail()));
        }
        return lines;
    }

    /** {@code 12 files: 10 new, 1 duplicate, 1 failed | 1.3 MiB in 4.1 s (2.9 docs/s)} */
    public static String totals(List<FileOutcome> outcomes, Duration took) {
        long fresh = count(outcomes, FileOutcome.Result.NEW);
        long duplicates = count(outcomes, FileOutcome.Result.DUPLICATE);
        long failed = count(outcomes, FileOutcome.Result.FAILED);
        long bytes = outcomes.stream().mapToLong(o -> Math.max(0, o.bytes())).sum();
        double seconds = took.toMillis() / 1000.0;
        double rate = seconds <= 0 ? 0 : outcomes.size() / seconds;
        return Units.count(outcomes.size(), "file", "files") + ": " + fresh + " new, "
                + Units.count(duplicates, "duplicate", "duplicates") + ", " + failed + " failed | "
                + Units.bytes(bytes) + " in " + Units.duration(took) + " (" + Units.perSecond(rate) + " docs/s)";
    }

    private static long count(List<FileOutcome> outcomes, FileOutcome.Result result) {
        return outcomes.stream().filter(o -> o.result() == result).count();
    }

    private static Style.Colour colour(String result) {
        return switch (result) {
            case "new" -> Style.Colour.GREEN;
            case "duplicate" -> Style.Colour.YELLOW;
            default -> Style.Colour.RED;
        };
    }
}

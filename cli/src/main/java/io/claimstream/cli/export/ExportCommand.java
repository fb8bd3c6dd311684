package io.claimstream.cli.export;

import io.claimstream.cli.ApiCommand;
import io.claimstream.cli.ExitCodes;
import io.claimstream.cli.api.Pages;
import io.claimstream.cli.ingest.ProgressDisplay;
import io.claimstream.cli.output.Units;
import io.claimstream.cli.query.ClaimFilters;
import io.claimstream.cli.query.ClaimRow;
import io.claimstream.cli.query.DocumentCache;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

@Command(name = "export", abbreviateSynopsis = true,
        description = {"Write every matching claim to stdout as CSV (RFC 4180, with a header) or JSON lines: claim_id,"
                + " speaker, document_title, published, type, topics (';'-separated in CSV), span_start, span_end,"
                + " source_url, text.",
                "Streamed page by page, so any number of claims exports in constant memory. Claims ingested while"
                        + " the export runs may or may not be included."},
        footer = {"%nExamples:",
                "  claimstream export --format csv > claims.csv",
                "  claimstream export --format jsonl --speaker 'Mira Sandoval' --topic agents > mira-agents.jsonl",
                "  claimstream export --format csv --type prediction --from 2026 | head",
                io.claimstream.cli.ExitCodes.HELP_FOOTER})
public final class ExportCommand extends ApiCommand {

    public enum Format { csv, jsonl }

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "csv",
            description = "${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--page-size", paramLabel = "N", defaultValue = "1000",
            description = "Claims fetched per request, 1 to 1000. Default: ${DEFAULT-VALUE}.")
    int pageSize;

    @Mixin
    ClaimFilters filters;

    /** Documents whose metadata is kept while exporting; claims come grouped by document. */
    private static final int DOCUMENTS_REMEMBERED = 2048;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        DocumentCache documents = new DocumentCache(api(), endpoints().queryUrl(), DOCUMENTS_REMEMBERED);
        AtomicLong written = new AtomicLong();
        long start = System.nanoTime();
        ProgressDisplay progress = new ProgressDisplay(err(), terminal().stderrIsTerminal(),
                () -> "export " + written.get() + " claims | " + Units.duration(Duration.ofNanos(System.nanoTime() - start)));
        if (format == Format.csv) {
            out.print(Csv.record(ExportRow.CSV_HEADER));
        }
        Pages pages = new Pages(api(), endpoints().queryUrl(), "/claims", filters.query());
        Pages.ItemSink sink = item -> {
            ClaimRow claim = ClaimRow.of(item);
            ExportRow row = ExportRow.of(claim, documents.get(claim.documentId()));
            if (format == Format.csv) {
                out.print(Csv.record(row.csvFields()));
            } else {
                out.println(api().json().writeValueAsString(row.json()));
            }
            if (written.incrementAndGet() % 1000 == 0) {
                if (out.checkError()) {
                    throw new OutputClosed();
                }
                progress.refresh();
            }
        };
        long total;
        try {
            total = pages.forEach(pageSize, 0, sink);
        } catch (OutputClosed e) {
            return ExitCodes.OK; // the reader had enough, e.g. `export | head`: stop fetching, quietly
        }
        out.flush();
        progress.finish();
        if (written.get() < total) {
            err().println("claimstream export: " + (total - written.get()) + " fewer claims than the "
                    + total + " the query service reported (it changed while exporting)");
        }
        return ExitCodes.OK;
    }

    /** stdout was closed by its reader; PrintWriter only reports that through checkError. */
    private static final class OutputClosed extends RuntimeException {
        OutputClosed() {
            super(null, null, false, false);
        }
    }
}

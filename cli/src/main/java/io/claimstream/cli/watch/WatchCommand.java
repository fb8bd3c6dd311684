package io.claimstream.cli.watch;

import io.claimstream.cli.ApiCommand;
import io.claimstream.cli.ExitCodes;
import io.claimstream.cli.api.DocumentProbe;
import io.claimstream.cli.ingest.Ingester;
import io.claimstream.cli.output.Style;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;

@Command(name = "watch", abbreviateSynopsis = true,
        description = {"Keep a folder streaming into Claimstream: every new or changed .txt .md .html .htm .vtt .srt file"
                + " (recursively) is sent once it has stopped changing, unless its content was already sent.",
                "Prints each document's id as it is ingested and, once analysed, its speaker and claim counts."
                        + " Keeps running while the stack restarts: files and documents wait and are retried with backoff."
                        + " Stop with Ctrl-C."},
        footer = {"%nExamples:",
                "  claimstream watch ~/interviews/",
                "  claimstream watch ~/Downloads/subtitles --new-only --interval 5",
                io.claimstream.cli.ExitCodes.HELP_FOOTER})
public final class WatchCommand extends ApiCommand {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Parameters(paramLabel = "DIR", description = "The folder to watch.")
    Path folder;

    @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "1",
            description = "Seconds between scans of the folder. Default: ${DEFAULT-VALUE}.")
    double intervalSeconds;

    @Option(names = "--quiet-period", paramLabel = "SECONDS", defaultValue = "1",
            description = "A file is sent once it has not changed for this long. Default: ${DEFAULT-VALUE}.")
    double quietSeconds;

    @Option(names = "--new-only", description = "Ignore the files already in the folder; send only those written from now on.")
    boolean newOnly;

    @Option(names = "--analysis-timeout", paramLabel = "SECONDS", defaultValue = "900",
            description = "Stop waiting for a document's analysis after this long. Default: ${DEFAULT-VALUE}.")
    long analysisTimeoutSeconds;

    @Override
    public Integer call() {
        if (!Files.isDirectory(folder)) {
            err().println("claimstream watch: " + folder + " is not a folder");
            return ExitCodes.USAGE;
        }
        Path root = folder.toAbsolutePath().normalize();
        Ingester ingester = new Ingester(api(), endpoints(), Map.of(), System.in);
        DocumentProbe probe = new DocumentProbe(api(), endpoints().queryUrl());
        WatchLoop loop = new WatchLoop(root, millis(quietSeconds), ingester, probe, new Printer(),
                analysisTimeoutSeconds * 1000);
        long start = System.currentTimeMillis();
        if (newOnly) {
            loop.skipExisting(start);
        }
        err().println(terminal().errStyle().dim("watching " + root + " (every " + intervalSeconds + " s; "
                + (newOnly ? "new files only" : "existing files too") + "; Ctrl-C to stop)"));
        err().flush();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                loop.tick(System.currentTimeMillis());
                out().flush();
                Thread.sleep(millis(intervalSeconds));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out().flush();
        return ExitCodes.OK;
    }

    private static long millis(double seconds) {
        return Math.max(50, Math.round(seconds * 1000));
    }

    /** Results on stdout, one line each, so that they can be piped; trouble on stderr. */
    private final class Printer implements WatchEvents {

        private void line(String what, String label, String rest) {
            Style style = style();
            PrintWriter out = out();
            out.println(style.dim(LocalTime.now().truncatedTo(ChronoUnit.SECONDS).format(CLOCK)) + "  " + what + "  "
                    + label + (rest.isEmpty() ? "" : "  " + rest));
            out.flush();
        }

        private void problem(String text) {
            err().println(terminal().errStyle().yellow(LocalTime.now().truncatedTo(ChronoUnit.SECONDS).format(CLOCK) + "  " + text));
            err().flush();
        }

        @Override
        public void ingested(String label, String documentId, boolean duplicate) {
            line(duplicate ? style().yellow("duplicate") : style().green("ingested "), label, "document " + documentId);
        }

        @Override
        public void analysed(String label, DocumentProbe.Analysed document) {
            line(style().bold("analysed "), label, "document " + document.id() + "  "
                    + document.speakers() + (document.speakers() == 1 ? " speaker, " : " speakers, ")
                    + document.claims() + (document.claims() == 1 ? " claim" : " claims"));
        }

        @Override
        public void unchanged(String label) {
            problem("unchanged  " + label + "  same content as already sent; skipped");
        }

        @Override
        public void failed(String label, String reason) {
            err().println(terminal().errStyle().red("error: ") + label + ": " + reason);
            err().flush();
        }

        @Override
        public void retrying(String service, String reason, long delayMillis) {
            problem(service + " unavailable (" + reason + "); retrying in " + Math.max(1, delayMillis / 1000) + " s");
        }

        @Override
        public void recovered(String service) {
            problem(service + " answers again");
        }

        @Override
        public void notAnalysed(String label, String documentId, long waitedSeconds) {
            problem("not analysed after " + waitedSeconds + " s: " + label + " (document " + documentId + ")");
        }
    }
}

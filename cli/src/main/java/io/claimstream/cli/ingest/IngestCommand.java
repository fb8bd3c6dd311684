package io.claimstream.cli.ingest;

import io.claimstream.cli.ApiCommand;
import io.claimstream.cli.ExitCodes;
import io.claimstream.cli.api.DocumentProbe;
import io.claimstream.cli.output.Units;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

@Command(name = "ingest", abbreviateSynopsis = true,
        description = {"Post files, folders (recursively: .txt .md .html .htm .vtt .srt) or standard input to ingest.",
                "A progress line on stderr shows documents done/total, documents per second, bytes, duplicates and errors;"
                        + " a table of every file and what became of it goes to stdout at the end. A file that fails is named"
                        + " with the reason, and the others carry on."},
        footer = {"%nExamples:",
                "  claimstream ingest ~/interviews/",
                "  claimstream ingest panel.vtt notes.md --source 'AI Summit' --published 2026-03-14",
                "  claimstream ingest ~/interviews/ --wait         # also wait for the analysis: speakers, claims",
                "  pbpaste | claimstream ingest - --title 'Podcast 42' --content-type text/markdown",
                io.claimstream.cli.ExitCodes.HELP_FOOTER})
public final class IngestCommand extends ApiCommand {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, or - for standard input.")
    List<String> paths;

    @Option(names = "--source", paramLabel = "NAME", description = "Source recorded with every document (e.g. a podcast or outlet).")
    String source;

    @Option(names = "--url", paramLabel = "URL", description = "Source URL recorded with every document.")
    String url;

    @Option(names = "--published", paramLabel = "DATE", description = "Publication date recorded with every document (YYYY-MM-DD).")
    String published;

    @Option(names = "--title", paramLabel = "TITLE", defaultValue = "stdin",
            description = "Title of the document read from standard input (files take their file name). Default: ${DEFAULT-VALUE}.")
    String stdinTitle;

    @Option(names = "--content-type", paramLabel = "TYPE", defaultValue = ContentTypes.PLAIN,
            completionCandidates = MediaTypes.class,
            description = "Media type of standard input: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    String stdinType;

    @Option(names = {"-j", "--parallel"}, paramLabel = "N", defaultValue = "4",
            description = "Documents in flight at once. Default: ${DEFAULT-VALUE}.")
    int parallel;

    @Option(names = "--wait", description = "After posting, wait until query-service serves each document and show its speaker and claim counts.")
    boolean await;

    @Option(names = "--wait-timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "How long --wait waits for the analysis. Default: ${DEFAULT-VALUE}.")
    long waitSeconds;

    static final class MediaTypes extends ArrayList<String> {
        MediaTypes() {
            super(List.of("text/plain", "text/markdown", "text/html", "text/vtt", "application/x-subrip"));
        }
    }

    @Override
    public Integer call() throws Exception {
        FileDiscovery.Found found = new FileDiscovery(stdinTitle, stdinType).discover(paths);
        if (found.sources().isEmpty() && found.problems().isEmpty()) {
            err().println("claimstream ingest: no .txt .md .html .htm .vtt .srt files under " + String.join(" ", paths));
            return ExitCodes.PARTIAL_FAILURE;
        }
        long start = System.nanoTime();
        Progress progress = new Progress(found.sources().size() + found.problems().size(), start);
        ProgressDisplay display = new ProgressDisplay(err(), terminal().stderrIsTerminal(),
                () -> "ingest " + progress.snapshot(System.nanoTime()).line());

        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "progress");
            t.setDaemon(true);
            return t;
        });
        // started before the HTTP client is built, so that the line shows up at once
        ticker.scheduleAtFixedRate(display::refresh, 0, 250, TimeUnit.MILLISECONDS);
        List<FileOutcome> outcomes = new ArrayList<>();
        for (FileDiscovery.Problem problem : found.problems()) {
            FileOutcome failed = FileOutcome.failed(new Source(problem.label(), java.util.Optional.empty(),
                    problem.label(), "", -1), -1, problem.message());
            progress.record(failed);
            display.note(terminal().errStyle().red("error: ") + problem.label() + ": " + problem.message());
            outcomes.add(failed);
        }
        Ingester ingester = new Ingester(api(), endpoints(), metadata(), System.in);
        IngestRun run = new IngestRun(ingester, parallel, outcome -> {
            progress.record(outcome);
            if (outcome.result() == FileOutcome.Result.FAILED) {
                display.note(terminal().errStyle().red("error: ") + outcome.source().label() + ": " + outcome.detail());
            } else {
                display.refresh();
            }
        });
        try {
            outcomes.addAll(run.run(found.sources()));
        } finally {
            ticker.shutdownNow();
        }
        display.finish();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        boolean timedOut = false;
        if (await) {
            Set<String> ids = new LinkedHashSet<>();
            outcomes.stream().map(FileOutcome::documentId).filter(Objects::nonNull).forEach(ids::add);
            Duration timeout = Duration.ofSeconds(waitSeconds);
            AtomicReference<String> waited = new AtomicReference<>("analysed 0/" + ids.size() + " documents");
            ProgressDisplay waitDisplay = new ProgressDisplay(err(), terminal().stderrIsTerminal(), waited::get);
            Map<String, DocumentProbe.Analysed> analysed = new AnalysisWait(new DocumentProbe(api(), endpoints().queryUrl()))
                    .await(ids, timeout, (done, total) -> {
                        waited.set("analysed " + done + "/" + total + " documents | "
                                + Units.duration(Duration.ofNanos(System.nanoTime() - start)));
                        waitDisplay.refresh();
                    });
            waitDisplay.finish();
            timedOut = analysed.size() < ids.size();
            outcomes = AnalysisWait.merge(outcomes, analysed, timeout);
        }

        IngestSummary.render(outcomes, took, await, terminal().width(), style()).forEach(out()::println);
        out().flush();
        if (run.ingestUnreachable()) {
            return ExitCodes.UNAVAILABLE;
        }
        boolean failed = outcomes.stream().anyMatch(o -> o.result() == FileOutcome.Result.FAILED);
        return failed || timedOut ? ExitCodes.PARTIAL_FAILURE : ExitCodes.OK;
    }

    private Map<String, String> metadata() {
        Map<String, String> metadata = new LinkedHashMap<>();
        if (source != null) {
            metadata.put("source", source);
        }
        if (url != null) {
            metadata.put("url", url);
        }
        if (published != null) {
            metadata.put("published", published);
        }
        return metadata;
    }
}

package io.claimstream.cli.ingest;

import io.claimstream.cli.api.ApiException;
import io.claimstream.cli.api.IngestAnswer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Posts many sources, a few at a time (ingest answers only after Kafka has acknowledged, so
 * overlapping requests keep the broker busy). Files are read one after the other in the order
 * given, so "the first" of several files with the same content is always the same one: it is
 * sent, and the others report its document. At most a few payloads are held at once. When
 * ingest cannot be reached at all, the files not yet sent are reported as such instead of each
 * timing out in turn.
 */
public final class IngestRun {

    private final Ingester ingester;
    private final int parallel;
    private final Consumer<FileOutcome> onOutcome;

    private final AtomicReference<String> unreachable = new AtomicReference<>();

    public IngestRun(Ingester ingester, int parallel, Consumer<FileOutcome> onOutcome) {
        this.ingester = ingester;
        this.parallel = Math.max(1, parallel);
        this.onOutcome = onOutcome;
    }

    /** Outcomes in the order of {@code sources}. */
    public List<FileOutcome> run(List<Source> sources) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(parallel, runnable -> {
            Thread thread = new Thread(runnable, "ingest");
            thread.setDaemon(true);
            return thread;
        });
        Semaphore inFlight = new Semaphore(parallel * 2);
        Map<String, CompletableFuture<FileOutcome>> byContent = new HashMap<>();
        List<CompletableFuture<FileOutcome>> outcomes = new ArrayList<>(sources.size());
        try {
            for (Source source : sources) {
                outcomes.add(schedule(source, pool, inFlight, byContent));
            }
            List<FileOutcome> results = new ArrayList<>(sources.size());
            for (int i = 0; i < outcomes.size(); i++) {
                try {
                    results.add(outcomes.get(i).get());
                } catch (ExecutionException e) {
                    results.add(report(FileOutcome.failed(sources.get(i), 0, "internal error: " + e.getCause())));
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Whether ingest was unreachable at some point; the files after that were not sent. */
    public boolean ingestUnreachable() {
        return unreachable.get() != null;
    }

    private CompletableFuture<FileOutcome> schedule(Source source, ExecutorService pool, Semaphore inFlight,
                                                    Map<String, CompletableFuture<FileOutcome>> byContent)
            throws InterruptedException {
        String down = unreachable.get();
        if (down != null) {
            return CompletableFuture.completedFuture(report(FileOutcome.failed(source, 0, "not sent: " + down)));
        }
        Payload payload;
        try {
            payload = ingester.read(source);
        } catch (IOException e) {
            return CompletableFuture.completedFuture(report(FileOutcome.failed(source, 0, "cannot read: " + e.getMessage())));
        }
        long bytes = payload.utf8().length;
        CompletableFuture<FileOutcome> first = byContent.get(payload.sha256());
        if (first != null) {
            return first.thenApply(original -> report(sameAs(source, bytes, original)));
        }
        inFlight.acquire();
        CompletableFuture<FileOutcome> sent = CompletableFuture.supplyAsync(() -> report(post(source, payload)), pool);
        sent.whenComplete((outcome, failure) -> inFlight.release());
        byContent.put(payload.sha256(), sent);
        return sent;
    }

    private FileOutcome report(FileOutcome outcome) {
        onOutcome.accept(outcome);
        return outcome;
    }

    private FileOutcome post(Source source, Payload payload) {
        long bytes = payload.utf8().length;
        try {
            IngestAnswer answer = ingester.post(source, payload);
            String detail = payload.converted() ? "converted from Windows-1252 to UTF-8"
                    : answer.duplicate() ? "already stored" : "";
            return FileOutcome.stored(source, answer.id(), answer.duplicate(), bytes, detail);
        } catch (ApiException e) {
            if (e.unreachable()) {
                unreachable.compareAndSet(null, e.getMessage());
            }
            return FileOutcome.failed(source, bytes, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FileOutcome.failed(source, bytes, "interrupted");
        }
    }

    private static FileOutcome sameAs(Source source, long bytes, FileOutcome original) {
        String label = original.source().label();
        if (original.result() == FileOutcome.Result.FAILED) {
            return FileOutcome.failed(source, bytes, "same content as " + label + ", which failed");
        }
        return FileOutcome.stored(source, original.documentId(), true, bytes, "same content as " + label);
    }
}

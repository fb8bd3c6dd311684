package io.claimstream.cli.ingest;

import io.claimstream.cli.api.ApiException;
import io.claimstream.cli.api.IngestAnswer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Posts many sources, a few at a time (ingest answers only after Kafka has acknowledged, so
 * overlapping requests keep the broker busy). Files with the same content are sent once; the
 * others report the first one's document. When ingest cannot be reached at all, the files not yet
 * sent are reported as such instead of each timing out in turn.
 */
public final class IngestRun {

    private final Ingester ingester;
    private final int parallel;
    private final Consumer<FileOutcome> onOutcome;

    private final ConcurrentHashMap<String, CompletableFuture<FileOutcome>> byContent = new ConcurrentHashMap<>();
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
        try {
            List<Future<FileOutcome>> futures = new ArrayList<>(sources.size());
            for (Source source : sources) {
                futures.add(pool.submit(() -> report(one(source))));
            }
            FileOutcome[] outcomes = new FileOutcome[sources.size()];
            for (int i = 0; i < outcomes.length; i++) {
                try {
                    outcomes[i] = futures.get(i).get();
                } catch (ExecutionException e) {
                    outcomes[i] = report(FileOutcome.failed(sources.get(i), 0, "internal error: " + e.getCause()));
                }
            }
            return Arrays.asList(outcomes);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Whether ingest was unreachable at some point; the files after that were not sent. */
    public boolean ingestUnreachable() {
        return unreachable.get() != null;
    }

    private FileOutcome report(FileOutcome outcome) {
        onOutcome.accept(outcome);
        return outcome;
    }

    private FileOutcome one(Source source) throws InterruptedException {
        String down = unreachable.get();
        if (down != null) {
            return FileOutcome.failed(source, 0, "not sent: " + down);
        }
        Payload payload;
        try {
            payload = ingester.read(source);
        } catch (IOException e) {
            return FileOutcome.failed(source, 0, "cannot read: " + e.getMessage());
        }
        CompletableFuture<FileOutcome> mine = new CompletableFuture<>();
        CompletableFuture<FileOutcome> first = byContent.putIfAbsent(payload.sha256(), mine);
        if (first != null) {
            return sameAs(source, payload, first);
        }
        try {
            FileOutcome outcome = post(source, payload);
            mine.complete(outcome);
            return outcome;
        } catch (InterruptedException | RuntimeException e) {
            mine.completeExceptionally(e); // files with the same content must not wait for ever
            throw e;
        }
    }

    private FileOutcome post(Source source, Payload payload) throws InterruptedException {
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
        }
    }

    /** The first file with this content is being (or has been) sent by another thread; wait for its answer. */
    private static FileOutcome sameAs(Source source, Payload payload, CompletableFuture<FileOutcome> first)
            throws InterruptedException {
        try {
            FileOutcome original = first.get();
            String label = original.source().label();
            if (original.result() == FileOutcome.Result.FAILED) {
                return FileOutcome.failed(source, payload.utf8().length, "same content as " + label + ", which failed");
            }
            return FileOutcome.stored(source, original.documentId(), true, payload.utf8().length, "same content as " + label);
        } catch (ExecutionException e) {
            return FileOutcome.failed(source, payload.utf8().length, "same content as a file that could not be sent");
        }
    }
}

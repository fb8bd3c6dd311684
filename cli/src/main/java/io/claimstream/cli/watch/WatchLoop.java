package io.claimstream.cli.watch;

import io.claimstream.cli.api.ApiException;
import io.claimstream.cli.api.DocumentProbe;
import io.claimstream.cli.api.IngestAnswer;
import io.claimstream.cli.ingest.ContentTypes;
import io.claimstream.cli.ingest.FileDiscovery;
import io.claimstream.cli.ingest.Ingester;
import io.claimstream.cli.ingest.Payload;
import io.claimstream.cli.ingest.Source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Optional;

/**
 * One folder, watched by polling: each {@link #tick} scans it, sends the files that have settled
 * and whose content is new, and asks query-service about the documents still being analysed.
 * Nothing is lost while the stack is down: files wait in the queue and documents in the list,
 * and both are retried with backoff until the services answer again.
 */
public final class WatchLoop {

    private record Pending(Source source, Payload payload, String hash, int connectionsLost) {
    }

    private record Awaiting(String label, String id, long since, long dueAt) {
    }

    private static final long ANALYSIS_POLL_MILLIS = 1000;
    private static final int HASHES_REMEMBERED = 100_000;
    /** A file whose upload keeps breaking the connection (too large for the server, say) is given up after this. */
    private static final int MAX_CONNECTIONS_LOST = 3;

    private final Path folder;
    private final Debouncer debouncer;
    private final Ingester ingester;
    private final DocumentProbe probe;
    private final WatchEvents events;
    private final long analysisTimeoutMillis;
    private final Backoff backoff = new Backoff(1000, 30_000);

    private final Deque<Pending> queue = new ArrayDeque<>();
    private final List<Awaiting> awaiting = new ArrayList<>();
    private final Map<String, Boolean> sentHashes = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > HASHES_REMEMBERED;
        }
    };
    private int ingestFailures;
    private long ingestDueAt;
    private int queryFailures;
    private long queryDueAt;

    public WatchLoop(Path folder, long quietMillis, Ingester ingester, DocumentProbe probe, WatchEvents events,
                     long analysisTimeoutMillis) {
        this.folder = folder;
        this.debouncer = new Debouncer(quietMillis);
        this.ingester = ingester;
        this.probe = probe;
        this.events = events;
        this.analysisTimeoutMillis = analysisTimeoutMillis;
    }

    /** Ignore what is in the folder now; only files written or changed from here on are sent. */
    public void skipExisting(long now) {
        debouncer.baseline(scan(), now);
    }

    public void tick(long now) {
        for (Path path : debouncer.observe(scan(), now)) {
            enqueue(path);
        }
        if (now >= ingestDueAt) {
            sendQueued(now);
        }
        if (now >= queryDueAt) {
            checkAnalyses(now);
        }
    }

    public int queued() {
        return queue.size();
    }

    public int awaitingAnalysis() {
        return awaiting.size();
    }

    private Map<Path, Debouncer.Stamp> scan() {
        Map<Path, Debouncer.Stamp> stamps = new LinkedHashMap<>();
        if (!Files.isDirectory(folder)) {
            return stamps; // a folder that went away (unmounted, renamed) may come back
        }
        for (Path file : FileDiscovery.walk(folder)) {
            try {
                stamps.put(file, new Debouncer.Stamp(Files.size(file), Files.getLastModifiedTime(file).toMillis()));
            } catch (IOException e) {
                // deleted between the walk and the stat: it is simply not there
            }
        }
        return stamps;
    }

    private void enqueue(Path path) {
        String label = folder.relativize(path).toString();
        String type = ContentTypes.forFileName(path.getFileName().toString()).orElse(ContentTypes.PLAIN);
        Source source;
        Payload payload;
        try {
            source = Source.file(path, label, type, Files.size(path));
            payload = ingester.read(source);
        } catch (IOException e) {
            events.failed(label, "cannot read: " + e.getMessage());
            return;
        }
        String hash = payload.sha256();
        if (sentHashes.containsKey(hash) || queue.stream().anyMatch(p -> p.hash().equals(hash))) {
            events.unchanged(label);
            return;
        }
        queue.add(new Pending(source, payload, hash, 0));
    }

    private void sendQueued(long now) {
        while (!queue.isEmpty()) {
            Pending next = queue.peek();
            try {
                IngestAnswer answer = ingester.postOnce(next.source(), next.payload());
                queue.poll();
                if (ingestFailures > 0) {
                    events.recovered("ingest");
                    ingestFailures = 0;
                }
                sentHashes.put(next.hash(), Boolean.TRUE);
                events.ingested(next.source().label(), answer.id(), answer.duplicate());
                awaiting.add(new Awaiting(next.source().label(), answer.id(), now, now));
            } catch (ApiException e) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                boolean tryAgain = e.transientFailure() || e.connectionLost() && next.connectionsLost() + 1 < MAX_CONNECTIONS_LOST;
                if (tryAgain) {
                    if (e.connectionLost()) {
                        queue.poll();
                        queue.addFirst(new Pending(next.source(), next.payload(), next.hash(), next.connectionsLost() + 1));
                    }
                    ingestFailures++;
                    long delay = backoff.delay(ingestFailures);
                    ingestDueAt = now + delay;
                    events.retrying("ingest", e.getMessage(), delay);
                    return;
                }
                queue.poll();
                events.failed(next.source().label(), e.getMessage());
            }
        }
    }

    private void checkAnalyses(long now) {
        for (ListIterator<Awaiting> it = awaiting.listIterator(); it.hasNext(); ) {
            Awaiting doc = it.next();
            if (now < doc.dueAt()) {
                continue;
            }
            Optional<DocumentProbe.Analysed> analysed;
            try {
                analysed = probe.check(doc.id());
            } catch (ApiException e) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                queryFailures++;
                long delay = backoff.delay(queryFailures);
                queryDueAt = now + delay;
                events.retrying("query", e.getMessage(), delay);
                return;
            }
            if (queryFailures > 0) {
                events.recovered("query");
                queryFailures = 0;
            }
            if (analysed.isPresent()) {
                it.remove();
                events.analysed(doc.label(), analysed.get());
            } else if (now - doc.since() > analysisTimeoutMillis) {
                it.remove();
                events.notAnalysed(doc.label(), doc.id(), (now - doc.since()) / 1000);
            } else {
                it.set(new Awaiting(doc.label(), doc.id(), doc.since(), now + ANALYSIS_POLL_MILLIS));
            }
        }
    }
}

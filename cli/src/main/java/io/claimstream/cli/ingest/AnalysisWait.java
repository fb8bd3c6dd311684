package io.claimstream.cli.ingest;

import io.claimstream.cli.api.ApiException;
import io.claimstream.cli.api.DocumentProbe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/** Polls query-service until each ingested document is served (analysed and stored), or time runs out. */
public final class AnalysisWait {

    private static final long POLL_MILLIS = 500;

    private final DocumentProbe probe;

    public AnalysisWait(DocumentProbe probe) {
        this.probe = probe;
    }

    /**
     * @param progress called after each round with (analysed, total)
     * @return the analysis of every document that made it, by id
     */
    public Map<String, DocumentProbe.Analysed> await(Set<String> ids, Duration timeout, BiConsumer<Integer, Integer> progress)
            throws InterruptedException {
        Map<String, DocumentProbe.Analysed> analysed = new LinkedHashMap<>();
        Set<String> pending = new LinkedHashSet<>(ids);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            for (String id : new ArrayList<>(pending)) {
                Optional<DocumentProbe.Analysed> found = check(id);
                if (found.isPresent()) {
                    analysed.put(id, found.get());
                    pending.remove(id);
                }
            }
            progress.accept(analysed.size(), ids.size());
            if (!pending.isEmpty()) {
                Thread.sleep(POLL_MILLIS);
            }
        }
        return analysed;
    }

    /** A query-service that is restarting is the same as a document not there yet: keep polling. */
    private Optional<DocumentProbe.Analysed> check(String id) {
        try {
            return probe.check(id);
        } catch (ApiException e) {
            return Optional.empty();
        }
    }

    public static List<FileOutcome> merge(List<FileOutcome> outcomes, Map<String, DocumentProbe.Analysed> analysed,
                                          Duration timeout) {
        List<FileOutcome> merged = new ArrayList<>(outcomes.size());
        for (FileOutcome outcome : outcomes) {
            if (outcome.documentId() == null) {
                merged.add(outcome);
            } else if (analysed.containsKey(outcome.documentId())) {
                DocumentProbe.Analysed a = analysed.get(outcome.documentId());
                merged.add(outcome.withAnalysis(a.speakers(), a.claims()));
            } else {
                merged.add(outcome.withDocument(outcome.documentId(), "not analysed within " + timeout.toSeconds() + " s"));
            }
        }
        return merged;
    }
}

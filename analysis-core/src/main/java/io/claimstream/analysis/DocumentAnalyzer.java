package io.claimstream.analysis;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.claimstream.analysis.speakers.SpeakerIds;
import io.claimstream.analysis.text.Nlp;
import io.claimstream.analysis.text.NlpModels;
import io.claimstream.contracts.AnalyzedDocument;
import io.claimstream.contracts.Claim;
import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.Span;
import io.claimstream.contracts.Speaker;
import io.claimstream.contracts.Turn;

/**
 * Turns a {@link ParsedDocument} into an {@link AnalyzedDocument}. Thread-safe; the models are
 * loaded once in the constructor, so build one analyzer and share it.
 */
public final class DocumentAnalyzer {

    private final Nlp nlp;
    private final Clock clock;

    public DocumentAnalyzer() {
        this(Clock.systemUTC());
    }

    public DocumentAnalyzer(Clock clock) {
        this.nlp = new Nlp(NlpModels.load());
        this.clock = clock;
    }

    public AnalyzedDocument analyze(ParsedDocument doc) {
        return analyze(doc, Deadline.NONE);
    }

    /** Analyzes within a time limit; throws {@link Deadline.AnalysisTimeoutException} past it. */
    public AnalyzedDocument analyze(ParsedDocument doc, Deadline deadline) {
        String text = doc.text();
        Map<String, Speaker> speakers = new LinkedHashMap<>();
        List<Claim> claims = new ArrayList<>();
        for (Turn turn : doc.turns()) {
            String id = SpeakerIds.of(turn.speaker());
            speakers.computeIfAbsent(id, k -> new Speaker(k, turn.speaker(), List.of(turn.speaker()), turn.role(),
                    List.of(), "person"));
            deadline.check();
            for (Span s : nlp.sentences(text, turn.span().start(), turn.span().end())) {
                claims.add(new Claim(doc.id() + ":" + s.start() + "-" + s.end(), id, s.of(text), s, "opinion",
                        List.of("other"), 0.5, "explicit", List.of(), null, List.of()));
            }
        }
        return new AnalyzedDocument(AnalyzedDocument.SCHEMA_VERSION, doc.id(), AnalyzerVersion.CURRENT, text,
                doc.metadata(), List.copyOf(speakers.values()), claims, Instant.now(clock));
    }
}

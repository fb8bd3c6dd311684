package io.claimstream.query.it;

import io.claimstream.contracts.AnalyzedDocument;
import io.claimstream.contracts.Claim;
import io.claimstream.contracts.DocumentMetadata;
import io.claimstream.contracts.Span;
import io.claimstream.contracts.Speaker;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Documents written for the cross-document tests: a debate where two people take opposite sides
 * on whether China can lead, and a notebook of remarks on subjects no taxonomy topic names.
 */
final class Positions {

    static final String DEBATE = "it-debate";
    static final String NOTEBOOK = "it-notebook";

    static final List<String> MEI = List.of(
            "Chinese labs are closing the gap with American labs every quarter.",
            "China will lead in applied AI within five years.",
            "Cheap inference is where Chinese companies already win.");
    static final List<String> PAUL = List.of(
            "China will not catch up while it is cut off from the best chips.",
            "Chinese models still lag the frontier by a year.");

    static final List<String> NOTES = List.of(
            "Humanoid robots will work in warehouses before they work in homes.",
            "The hardest part of humanoid robots is still the hands.",
            "Warehouse robots need cheaper actuators to pay for themselves.",
            "Humanoid robots are mostly demos today, not products.",
            "Data centres are limited by electricity, not by land.",
            "Power grids cannot connect new data centres fast enough.",
            "Nuclear power deals are how labs will secure electricity.",
            "Electricity prices near data centres have doubled.",
            "Copyright lawsuits over training data will reach the supreme court.",
            "Publishers are suing labs for copying their archives.",
            "Courts will decide whether training on books is fair use.",
            "Authors filed a class action over pirated books in training sets.");

    private Positions() {
    }

    static AnalyzedDocument debate() {
        StringBuilder text = new StringBuilder("Debate: can China lead?\n\n");
        MEI.forEach(s -> text.append("Mei Chen: ").append(s).append("\n\n"));
        PAUL.forEach(s -> text.append("Paul Grant: ").append(s).append("\n\n"));
        String body = text.toString();
        List<Claim> claims = new ArrayList<>();
        MEI.forEach(s -> claims.add(claim(body, "m" + claims.size(), "mei", s, List.of("china-vs-us"))));
        PAUL.forEach(s -> claims.add(claim(body, "p" + claims.size(), "paul", s, List.of("china-vs-us"))));
        return new AnalyzedDocument(1, DEBATE, "v1", body,
                new DocumentMetadata("Debate on China and AI", "debates", null, "2026-04-10", "day", "en", null),
                List.of(new Speaker("mei", "Mei Chen", List.of(), "Researcher", List.of(), "person"),
                        new Speaker("paul", "Paul Grant", List.of(), "Analyst", List.of(), "person")),
                claims, Instant.now());
    }

    static AnalyzedDocument notebook() {
        String body = "Notebook\n\n" + String.join("\n", NOTES) + "\n";
        List<Claim> claims = new ArrayList<>();
        NOTES.forEach(s -> claims.add(claim(body, "n" + claims.size(), "rosa", s, List.of("other"))));
        return new AnalyzedDocument(1, NOTEBOOK, "v1", body,
                new DocumentMetadata("Rosa's notebook", "notebooks", null, "2026-02-01", "day", "en", null),
                List.of(new Speaker("rosa", "Rosa Vidal", List.of(), null, List.of(), "person")), claims, Instant.now());
    }

    /** A one-claim document on a topic, for the live stream. */
    static AnalyzedDocument late(String id, String sentence, String topic) {
        String body = "Late news\n\nIan Moss: " + sentence + "\n";
        return new AnalyzedDocument(1, id, "v1", body,
                new DocumentMetadata("Late news " + id, "news", null, "2026-06-01", "day", "en", null),
                List.of(new Speaker("ian", "Ian Moss", List.of(), null, List.of(), "person")),
                List.of(claim(body, "c1", "ian", sentence, List.of(topic))), Instant.now());
    }

    /** A document of {@code count} one-line claims, sent without vectors, as an old analyzer would. */
    static AnalyzedDocument longLog(String id, int count) {
        StringBuilder text = new StringBuilder("Log\n\n");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String line = "Rack " + i + " needs " + (i % 7 + 2) + " more accelerators than planned.";
            lines.add(line);
            text.append("Ian Moss: ").append(line).append('\n');
        }
        String body = text.toString();
        List<Claim> claims = new ArrayList<>();
        lines.forEach(line -> claims.add(claim(body, "c" + claims.size(), "ian", line, List.of("compute-and-chips"))));
        return new AnalyzedDocument(1, id, "v1", body,
                new DocumentMetadata("Rack log " + id, "logs", null, "2026-06-02", "day", "en", null),
                List.of(new Speaker("ian", "Ian Moss", List.of(), null, List.of(), "person")), claims, Instant.now());
    }

    /** A one-prediction document on a topic, for resolutions seen through topic views. */
    static AnalyzedDocument forecast(String id, String sentence, String topic) {
        String body = "Forecasts\n\nIan Moss: " + sentence + "\n";
        int start = body.indexOf(sentence);
        Claim claim = new Claim("c1", "ian", sentence, new Span(start, start + sentence.length()), "prediction",
                List.of(topic), 0.8, "explicit", List.of(),
                new io.claimstream.contracts.Prediction(null, "by 2027", "2026", "2027"), List.of());
        return new AnalyzedDocument(1, id, "v1", body,
                new DocumentMetadata("Forecasts " + id, "news", null, "2026-05-01", "day", "en", null),
                List.of(new Speaker("ian", "Ian Moss", List.of(), null, List.of(), "person")), List.of(claim),
                Instant.now());
    }

    private static Claim claim(String text, String id, String speaker, String sentence, List<String> topics) {
        int start = text.indexOf(sentence);
        return new Claim(id, speaker, sentence, new Span(start, start + sentence.length()), "opinion", topics, 0.8,
                "explicit", List.of(), null, List.of());
    }
}

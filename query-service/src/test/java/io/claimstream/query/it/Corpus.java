package io.claimstream.query.it;

import io.claimstream.contracts.AnalyzedDocument;
import io.claimstream.contracts.Claim;
import io.claimstream.contracts.DocumentMetadata;
import io.claimstream.contracts.Prediction;
import io.claimstream.contracts.Span;
import io.claimstream.contracts.Speaker;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Small analysed documents written for these tests: two people named Lee, one remark reported twice. */
final class Corpus {

    static final String PANEL = "it-panel";
    static final String REPORT = "it-report";

    static final String PANEL_TEXT = """
            Spring panel on open models

            Ann Lee (Founder): Open models will close the gap with closed models within two years. \
            Reinforcement learning is the next frontier for agents.

            Bob Stone (Investor): Compute is the binding constraint for every lab.
            """;

    static final String REPORT_TEXT = """
            Ann Lee, founder of New Labs, said open models would close the gap with the closed ones in two years.

            Tom Lee, an analyst, said chip export rules will tighten again in 2027.
            """;

    private Corpus() {
    }

    static AnalyzedDocument panel(String version) {
        Speaker ann = new Speaker("ann-lee", "Ann Lee", List.of("Ann"), "Founder", List.of("New Labs"), "person");
        Speaker bob = new Speaker("bob-stone", "Bob Stone", List.of(), "Investor", List.of("Stone Capital"), "person");
        List<Claim> claims = new ArrayList<>();
        claims.add(claim(PANEL_TEXT, "c1", "ann-lee", "Open models will close the gap with closed models within two years.",
                "prediction", List.of("open-source"), new Prediction(null, "within two years", "2026", "2028")));
        claims.add(claim(PANEL_TEXT, "c2", "ann-lee", "Reinforcement learning is the next frontier for agents.",
                "opinion", List.of("reinforcement-learning", "agents"), null));
        if (!version.equals("v2")) {
            claims.add(claim(PANEL_TEXT, "c3", "bob-stone", "Compute is the binding constraint for every lab.",
                    "opinion", List.of("compute-and-chips"), null));
        }
        return new AnalyzedDocument(1, PANEL, version, PANEL_TEXT,
                new DocumentMetadata("Spring panel", "tests", null, "2026-03-01", "day", "en", "Spring panel"),
                List.of(ann, bob), claims, Instant.now());
    }

    static AnalyzedDocument report() {
        // the analyzer of this document only knew Ann by her surname: her full name is an alias
        Speaker lee = new Speaker("lee", "Lee", List.of("Ann Lee"), "quoted", List.of("New Labs"), "person");
        Speaker tom = new Speaker("tom-lee", "Tom Lee", List.of("Lee"), "analyst", List.of(), "person");
        return new AnalyzedDocument(1, REPORT, "v1", REPORT_TEXT,
                new DocumentMetadata("Weekly report", "tests", null, "2026-05", null, "en", null),
                List.of(lee, tom),
                List.of(claim(REPORT_TEXT, "c1", "lee",
                                "Ann Lee, founder of New Labs, said open models would close the gap with the closed ones in two years.",
                                "prediction", List.of("open-source"), new Prediction(0.7, "in two years", "2026", "2028")),
                        claim(REPORT_TEXT, "c2", "tom-lee", "Tom Lee, an analyst, said chip export rules will tighten again in 2027.",
                                "prediction", List.of("compute-and-chips", "china-vs-us"), new Prediction(null, "in 2027", "2027", "2027"))),
                Instant.now());
    }

    static AnalyzedDocument single(String id, String text, String speakerName) {
        Speaker speaker = new Speaker("s1", speakerName, List.of(), null, List.of(), "person");
        return new AnalyzedDocument(1, id, "v1", text, new DocumentMetadata(id, "tests", null, null, null, "en", null),
                List.of(speaker), List.of(claim(text, "c1", "s1", text.strip(), "fact", List.of("data"), null)), Instant.now());
    }

    /** A one-claim document published on a day (or undated when it is null) by a speaker with one affiliation. */
    static AnalyzedDocument dated(String id, String day, String sentence, String speakerName, String affiliation) {
        Speaker speaker = new Speaker("s1", speakerName, List.of(), null, List.of(affiliation), "person");
        return new AnalyzedDocument(1, id, "v1", sentence, new DocumentMetadata(id, "tests", null, day,
                day == null ? null : "day", "en", null),
                List.of(speaker), List.of(claim(sentence, "c1", "s1", sentence, "fact", List.of("data"), null)), Instant.now());
    }

    /** A one-claim document whose one speaker goes by these aliases too. */
    static AnalyzedDocument described(String id, String name, String kind, List<String> aliases, String sentence) {
        String text = sentence + " Nothing more was said.";
        Speaker speaker = new Speaker("s1", name, aliases, null, List.of(), kind);
        return new AnalyzedDocument(1, id, "v1", text, new DocumentMetadata(id, "tests", null, null, null, "en", null),
                List.of(speaker), List.of(claim(text, "c1", "s1", sentence, "fact", List.of("data"), null)), Instant.now());
    }

    private static Claim claim(String text, String id, String speaker, String sentence, String type, List<String> topics,
                               Prediction prediction) {
        int start = text.indexOf(sentence);
        if (start < 0) {
            throw new IllegalArgumentException("not in the text: " + sentence);
        }
        return new Claim(id, speaker, sentence, new Span(start, start + sentence.length()), type, topics, 0.8, "explicit",
                List.of(), prediction, List.of());
    }
}

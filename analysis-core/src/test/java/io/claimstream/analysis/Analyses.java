package io.claimstream.analysis;

import java.util.List;
import java.util.Optional;

import io.claimstream.contracts.AnalyzedDocument;
import io.claimstream.contracts.Claim;
import io.claimstream.contracts.Speaker;

/** Reading an {@link AnalyzedDocument} in tests: the claim holding a phrase, its speaker's name. */
public record Analyses(AnalyzedDocument doc) {

    public static Analyses of(String text) {
        return new Analyses(Docs.analyzer().analyze(Docs.parse(text)));
    }

    public static Analyses of(String text, String published) {
        return new Analyses(Docs.analyzer().analyze(Docs.parse(text, published)));
    }

    public Optional<Claim> claimWith(String phrase) {
        return doc.claims().stream().filter(c -> c.text().contains(phrase)).findFirst();
    }

    public String speakerOf(String phrase) {
        Claim c = claimWith(phrase).orElseThrow(() -> new AssertionError("no claim contains: " + phrase
                + "\nclaims: " + doc.claims().stream().map(Claim::text).toList()));
        return c.speakerId() == null ? null : speaker(c.speakerId()).name();
    }

    public Speaker speaker(String id) {
        return doc.speakers().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    public List<String> speakerNames() {
        return doc.speakers().stream().map(Speaker::name).toList();
    }

    public Speaker speakerNamed(String name) {
        return doc.speakers().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no speaker " + name + " in " + speakerNames()));
    }
}

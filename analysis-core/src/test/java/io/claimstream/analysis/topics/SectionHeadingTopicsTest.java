package io.claimstream.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.claimstream.analysis.Analyses;
import io.claimstream.analysis.Docs;
import io.claimstream.contracts.Claim;
import io.claimstream.contracts.RawDocument;
import io.claimstream.parse.DocumentParser;

/**
 * A transcript an editor divided into sections under headings that say what each is about: a claim in the section is
 * about that too, even where its own words name something else.
 */
class SectionHeadingTopicsTest {

    private static final String TALK = """
            Harbour Robotics at the Lisbon meetup: the founder on where the work is

            A conversation between Ines Barros, host, and Tomas Leal, founder of Harbour Robotics.

            Ines Barros: Welcome, Tomas. We have twenty minutes and a lot to cover.

            Tomas Leal: Thank you for having me here this morning.

            04. Data: "nobody sells the examples we need"

            Ines Barros: What is hard to get?

            Tomas Leal: What we lack is a bug report from a real customer with a test that tells you whether the fix is right.

            (Applause)

            Tomas Leal: Each one takes an engineer a whole day to write, and our customers pay for that day.

            05. Hiring and "the people who stay"

            Ines Barros: Who do you look for?

            Tomas Leal: Our customers want someone who has fixed a bug at three in the morning.
            """;

    private static Analyses analysed() {
        RawDocument raw = new RawDocument(TALK, null, null, null, "2026-05-02", null, null);
        return new Analyses(Docs.analyzer().analyze(new DocumentParser().parse(raw, Instant.EPOCH)));
    }

    private static Claim claim(Analyses a, String phrase) {
        return a.claimWith(phrase).orElseThrow(() -> new AssertionError("no claim contains: " + phrase + "\nclaims: "
                + a.doc().claims().stream().map(Claim::text).toList()));
    }

    @Test
    void whatTheSectionHeadingNamesJoinsWhatTheClaimNames() {
        Analyses a = analysed();
        assertThat(claim(a, "What we lack is a bug report").topics()).contains("ai-coding", "data");
        assertThat(claim(a, "someone who has fixed a bug").topics()).contains("ai-coding", "talent-and-education")
                .doesNotContain("data");
    }

    @Test
    void aBracketedNoteUnderTheHeadingDoesNotEndItsSection() {
        assertThat(claim(analysed(), "Each one takes an engineer").topics()).contains("data");
    }
}

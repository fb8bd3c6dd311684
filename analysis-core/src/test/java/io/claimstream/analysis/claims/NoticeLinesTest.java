package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import io.claimstream.contracts.Claim;
import org.junit.jupiter.api.Test;

/**
 * A line headed by a notice word and a dash ("Update — …", "Correction – …") without a time: the
 * word says what kind of line follows, so the claim starts after the word and its dash, at exact
 * offsets into the document.
 */
class NoticeLinesTest {

    private static final String STORY = """
            # Harbor Robotics cuts prices

            By Imre Fodor

            Harbor Robotics cut the price of its warehouse arm by a fifth on Monday, chief executive Dana Whitlow said.

            Update — Harbor Robotics said the lower price applies only to orders placed before July.

            Correction – Whitlow said the arm's battery lasts ten hours, not twelve as first reported.
            """;

    @Test
    void theClaimStartsAfterTheNoticeWord() {
        Analyses a = Analyses.of(STORY);
        Claim update = a.claimWith("orders placed before July").orElseThrow();
        assertThat(update.text()).startsWith("Harbor Robotics said");
        assertThat(STORY.substring(update.span().start(), update.span().end())).isEqualTo(update.text());
        assertThat(a.speakerOf("orders placed before July")).isEqualTo("Harbor Robotics");
        Claim correction = a.claimWith("battery lasts ten hours").orElseThrow();
        assertThat(correction.text()).startsWith("Whitlow said");
        assertThat(STORY.substring(correction.span().start(), correction.span().end())).isEqualTo(correction.text());
    }

    @Test
    void aDisclosureIsNoClaimWhereANoteHeadsOne() {
        Analyses a = Analyses.of("""
                Ruth Okafor: Usage pricing will replace seats within two years. Disclosure: I advise two billing startups.

                Per Lind: Seats survive, because finance teams can budget for them.
                """);
        assertThat(a.claimWith("Usage pricing will replace seats")).isPresent();
        assertThat(a.claimWith("I advise two billing startups")).isEmpty();
    }

    @Test
    void aNewslettersCorrectionsAndItalicSignOffClaimNothing() {
        Analyses a = Analyses.of("""
                # The weekly ledger

                By Imre Fodor

                I think chip prices will fall by a third this year.

                *Corrections: an earlier version of this issue gave the wrong date for the Lisbon talk.*

                *Subscribe to get the next ledger in June.*
                """);
        assertThat(a.speakerNames()).doesNotContain("Corrections");
        assertThat(a.doc().claims()).extracting(Claim::text)
                .noneMatch(t -> t.contains("earlier version") || t.contains("Subscribe"));
        assertThat(a.speakerOf("chip prices will fall")).isEqualTo("Imre Fodor");
    }
}

package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A host's question that reports an absent party ("Your rival said last week that …", "Analysts at a bank wrote that
 * …") carries that party's claim, put to the guest; what the speaker tells in their own first person stays theirs.
 */
class ReportedSpeechInTurnsTest {

    private static final String SHOW = """
            Tom Reyes: Good evening. My guest is Ana Lima, who runs the battery maker Voltspur.
            Ana Lima: Thanks, Tom.
            Tom Reyes: Your rival Felix Amundsen said last week that sodium cells will replace lithium in grid storage by 2029 for the customers it already has. Is he wrong?
            Ana Lima: He is early. Sodium is cheaper, but the supply chain is not ready.
            Felix Amundsen: Lithium is a commodity now. Whoever owns the cheapest cell wins the grid.
            Tom Reyes: He also told investors that nobody will pay a premium for lithium after 2027.
            Ana Lima: Our customers tell us the opposite. I think safety records will decide it.
            Tom Reyes: Analysts at Cobalt Ridge Securities wrote this month that Voltspur will need new funding within a year. Will you raise?
            Ana Lima: We have two years of cash. As Felix said, prices will keep falling for a while.
            """;

    @Test
    void aHostsReportOfAnAbsentPartyIsThatPartysClaim() {
        Analyses a = Analyses.of(SHOW);
        assertThat(a.speakerOf("sodium cells will replace lithium")).isEqualTo("Felix Amundsen");
        assertThat(a.speakerOf("nobody will pay a premium")).isEqualTo("Felix Amundsen");
        assertThat(a.speakerOf("will need new funding within a year")).isEqualTo("Cobalt Ridge Securities");
    }

    @Test
    void whatTheSpeakerHeardInTheirOwnWordsStaysTheirs() {
        Analyses a = Analyses.of(SHOW);
        assertThat(a.speakerOf("Our customers tell us the opposite")).isEqualTo("Ana Lima");
        assertThat(a.speakerOf("Sodium is cheaper")).isEqualTo("Ana Lima");
        assertThat(a.speakerOf("prices will keep falling")).isEqualTo("Ana Lima");
    }

    @Test
    void aViewRestatedToDisputeItStaysTheOthersAndOneTakenUpBecomesTheSpeakersOwn() {
        Analyses a = Analyses.of("""
                Moderator: Dr. Vance, your rebuttal.
                Ilse Vance: Thank you. As Mr. Okonjo just claimed, subsidies always pay for themselves within a decade. They did not in Spain. And as he said, the grid is old; that part I accept.
                Tobi Okonjo: Spain cut the subsidy too early.
                """);
        assertThat(a.speakerOf("subsidies always pay for themselves")).isEqualTo("Tobi Okonjo");
        assertThat(a.speakerOf("They did not in Spain")).isEqualTo("Ilse Vance");
    }

    @Test
    void aViewAnUnnamedReporterPutsToTheBriefingIsTheClaimOfWhoeverTheyReport() {
        Analyses a = parsed("""
                MR. HALE:  Good morning.  I'll take questions.

                Q    Governor Aline Moreau said on Friday that the new tariff will double the price of cloud servers. Is she right?

                MR. HALE:  She is wrong.  Servers are exempt under the rule.

                Q    Thank you.  The Grid Operators Council estimates that the tariff cost utilities $2 billion last year.  Is that fair?

                MR. HALE:  It is lower than that.
                """);
        assertThat(a.speakerOf("will double the price of cloud servers")).isEqualTo("Aline Moreau");
        assertThat(a.speakerOf("Servers are exempt")).isEqualTo("Hale");
        // a body named with "The" before it is the body, by its name
        assertThat(a.speakerOf("cost utilities $2 billion")).isEqualTo("Grid Operators Council");
        assertThat(a.claimWith("Thank you")).isEmpty();
    }

    @Test
    void anOfficialCalledByTitleIsThePersonTheTextNamesWithIt() {
        Analyses a = parsed("""
                MS. ORTIZ:  Good afternoon.  This morning Trade Minister Ola Brandt signed the accord on chip exports.  Minister Brandt told the cabinet that the accord will halve licence waits by spring.  The Governor believes that the ports should stay open.

                Q    The Energy Commissioner said on Monday that the grid will run short of power by 2028.  Do you agree?

                MS. ORTIZ:  I'd point you to what the Energy Commissioner, Ruth Abara, said herself: the shortfall is regional, not national.

                Q    Thank you, Ms. Ortiz.

                MS. ORTIZ:  Thanks, everybody.
                """);
        assertThat(a.speakerOf("will halve licence waits")).isEqualTo("Ola Brandt");
        assertThat(a.speakerOf("the grid will run short of power")).isEqualTo("Ruth Abara");
        assertThat(a.speakerOf("the shortfall is regional")).isEqualTo("Ruth Abara");
        // "The Governor" describes an office; it is nobody's name
        assertThat(a.speakerNames()).doesNotContain("The Governor");
    }

    @Test
    void wordsTheSpeakerWasToldAreTheTellersUnlessTheSpeakerOwnsTheTeller() {
        Analyses a = Analyses.of("""
                Ines Varga: The board approved the plant on Tuesday. The only vote against came from councillor Piet Olsen, who told us the town had sold its river for a tax break.
                Tom Reyes: And the operator?
                Ines Varga: Our supplier told us the turbines arrive in March.
                """);
        assertThat(a.speakerOf("sold its river for a tax break")).isEqualTo("Piet Olsen");
        assertThat(a.speakerOf("the turbines arrive in March")).isEqualTo("Ines Varga");
    }

    /** Through the document parser, which reads a briefing's "Q" turns as the test helper's labels do not. */
    private static Analyses parsed(String text) {
        return new Analyses(io.claimstream.analysis.Docs.analyzer().analyze(new io.claimstream.parse.DocumentParser()
                .parse(new io.claimstream.contracts.RawDocument(text, "briefing", null, null, null, null, null),
                        java.time.Instant.parse("2026-11-01T00:00:00Z"))));
    }
}

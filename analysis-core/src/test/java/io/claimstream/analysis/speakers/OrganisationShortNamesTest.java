package io.claimstream.analysis.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.claimstream.analysis.Analyses;

/**
 * A company the text names in full once, as somebody's employer, and then by its first word or as "the company": one
 * speaker under the full name; and the figures of a firm whose analyst the text is quoting are the analyst's.
 */
class OrganisationShortNamesTest {

    private static final String CARRIER = """
            Budget airlines face a reckoning

            Hu Weiming (胡伟明), chief executive of the Chengdu-based carrier Skylark Aviation, said fares will keep \
            rising this year.

            Skylark, founded in 2015, flies to forty cities. The company said in May that bookings had doubled since \
            the spring.

            Ingrid Sola, an analyst at Brightline Research who covers Asian airlines, wrote on Monday that the fare \
            rises were overdone. By Brightline's estimates, fuel still makes up about a third of costs at the five \
            largest carriers, and she expects that share to fall.

            Skylark said the new routes would open in June.
            """;

    @Test
    void aNameInItsOwnScriptBetweenTheNameAndItsDescriptionLeavesTheEmployerKnown() {
        Analyses a = Analyses.of(CARRIER, "2026-06-01");
        assertThat(a.speakerOf("bookings had doubled")).isEqualTo("Skylark Aviation");
        assertThat(a.speakerOf("new routes would open")).isEqualTo("Skylark Aviation");
        assertThat(a.speakerNames()).contains("Skylark Aviation", "Hu Weiming").doesNotContain("Skylark");
        assertThat(a.speakerNamed("Hu Weiming").affiliations()).contains("Skylark Aviation")
                .doesNotContain("Chengdu-based");
    }

    @Test
    void theEstimatesOfTheFirmWhoseAnalystIsQuotedAreTheAnalysts() {
        Analyses a = Analyses.of(CARRIER, "2026-06-01");
        assertThat(a.speakerOf("fuel still makes up about a third")).isEqualTo("Ingrid Sola");
        assertThat(a.speakerNames()).doesNotContain("Brightline Research");
    }

    @Test
    void theFirmsEstimatesAfterSomebodyElseIsQuotedStayTheFirms() {
        Analyses a = Analyses.of("""
                Ingrid Sola, an analyst at Brightline Research, wrote on Monday that the fare rises were overdone.

                Hu Weiming, chief executive of Skylark Aviation, said fares will keep rising this year.

                By Brightline's estimates, fuel still makes up about a third of costs at the five largest carriers.
                """, "2026-06-01");
        assertThat(a.speakerOf("fuel still makes up about a third")).isNotEqualTo("Ingrid Sola");
    }

    @Test
    void anEmployerGivenInALabelsParenthesesOpensALaterSentenceAsAName() {
        Analyses a = Analyses.of("""
                # This week in agents

                - **Marta Ilves** (CEO, Sorvane) told staff at an all-hands that agent sales passed a billion dollars \
                in October. Sorvane declined to comment on the figure but said in a statement that "demand for our \
                agents is growing faster than for anything we have sold."
                """, "2026-11-01");
        assertThat(a.speakerOf("demand for our agents")).isEqualTo("Sorvane");
        assertThat(a.speakerOf("agent sales passed")).isEqualTo("Marta Ilves");
    }

    @Test
    void aGatheringWherePeopleSpokeIsNoSpeaker() {
        Analyses a = Analyses.of("""
                Six founders and investors at the Harbour Agents Conference disagreed on almost everything except one \
                point: agents will be paid for by the task next year.

                Ilse Brandt, founder of Tidewater Labs, said the price war is far from over.

                The Lantern Policy Forum said in a statement that chip prices will fall next year.
                """, "2026-11-01");
        assertThat(a.speakerNames()).doesNotContain("Harbour Agents Conference");
        assertThat(a.speakerOf("price war is far from over")).isEqualTo("Ilse Brandt");
        assertThat(a.speakerOf("chip prices will fall")).isEqualTo("Lantern Policy Forum");
    }
}

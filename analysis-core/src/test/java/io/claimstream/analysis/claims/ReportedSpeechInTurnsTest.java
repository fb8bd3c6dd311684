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
}

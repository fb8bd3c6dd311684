package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A scoop reports what "people familiar with the matter" say: each such report is a claim of somebody the text
 * will not name, whether the sources come after it ("…, one of the people said.") or before it ("People familiar
 * with the plans said …"), while a named person's view that the sources relay stays that person's, and a company
 * declining to comment claims nothing.
 */
class FamiliarSourcesTest {

    private static final String SCOOP = """
            Halvard Systems Is Said to Weigh Sale of Its Robotics Arm

            By Tessa Moreau

            Halvard Systems is exploring a sale of its robotics arm as it looks to cut costs ahead of a listing, \
            according to people familiar with the matter.

            The Oslo-based company has held early talks with at least two buyers about the unit, said the people, who \
            asked not to be identified because the talks are private. A deal could value the unit at more than \
            $900 million, one of the people said.

            Halvard's chief executive, Ingrid Solum, has told colleagues that robots no longer fit the company's plans, \
            according to two of the people. A representative for Halvard declined to comment.

            People familiar with the plans said the listing could move to the spring.
            """;

    @Test
    void whatTheUnnamedSourcesReportIsTheirs() {
        Analyses a = Analyses.of(SCOOP);
        assertThat(a.speakerOf("exploring a sale of its robotics arm")).isNull();
        assertThat(a.speakerOf("early talks with at least two buyers")).isNull();
        assertThat(a.speakerOf("more than $900 million")).isNull();
        assertThat(a.speakerOf("listing could move to the spring")).isNull();
    }

    @Test
    void aNamedPersonsViewTheSourcesRelayStaysTheirs() {
        Analyses a = Analyses.of(SCOOP);
        assertThat(a.speakerOf("robots no longer fit")).isEqualTo("Ingrid Solum");
        assertThat(a.claimWith("declined to comment")).isEmpty();
    }

    @Test
    void withoutAnonymousSourcesThePeopleAreNobodyInParticular() {
        Analyses a = Analyses.of("""
                The council met on Tuesday. Turnout was low, the people said.
                """);
        assertThat(a.claimWith("Turnout was low")).isEmpty();
    }
}

package io.claimstream.analysis.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * Who a report of a panel makes a speaker, and as what: the outlet that wrote it up is an organisation, a guest's
 * affiliation is the organisation and not the words of a unit's name, and a remark a guest passes on from an absent
 * colleague is the colleague's.
 */
class PanelReportSpeakersTest {

    private static final String REPORT = """
            Halvor Review 2026-05-02 09:10

            According to a report by Halvor Review on May 2, the Nordic Robotics Summit opened in Bergen this morning.

            The panel was moderated by Siri Vang, editor of Halvor Review. The guests were Ana Bell, vice president of \
            Corda Labs, and Tom Reyes, a professor at Lund University and director of its Centre for Applied Robotics.

            Ana Bell said that she partly agreed with Professor Reyes. Corda Labs sees demand for agents among banks, \
            she said.

            She relayed a remark by Ivo Marsh, the founder of Corda Labs, who could not attend because he was ill. \
            According to Bell, Marsh told the staff before the summit: "The firms that win with agents will redesign \
            the work, not bolt agents onto it."

            Tom Reyes disagreed. He said that agents would fail in hospitals for years.
            """;

    @Test
    void theOutletIsAnOrganisation() {
        Analyses a = Analyses.of(REPORT);
        assertThat(a.doc().speakers()).noneMatch(s -> s.name().equals("Halvor Review") && s.kind().equals("person"));
    }

    @Test
    void aUnitOfTheUniversityIsNoAffiliationOfItsOwn() {
        Analyses a = Analyses.of(REPORT);
        assertThat(a.speakerNamed("Tom Reyes").affiliations()).contains("Lund University")
                .doesNotContain("Centre", "Applied Robotics");
    }

    @Test
    void aPersonQuotedAsSayingHoldsTheWords() {
        Analyses a = Analyses.of("""
                Ana Bell, vice president of Corda Labs, spoke after lunch. Bell quoted Ivo Marsh, the founder of \
                Corda Labs, as saying that banks will buy agents before hospitals do.
                """);
        assertThat(a.speakerOf("banks will buy agents before hospitals")).isEqualTo("Ivo Marsh");
    }

    @Test
    void aRemarkRelayedFromAnAbsentFounderIsHis() {
        Analyses a = Analyses.of(REPORT);
        assertThat(a.speakerOf("redesign the work")).isEqualTo("Ivo Marsh");
        assertThat(a.speakerOf("demand for agents among banks")).isEqualTo("Ana Bell");
    }
}

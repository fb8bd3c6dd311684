package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A news report lets an organisation speak through whatever speaks for it: a spokesperson it does not name, a note or
 * a statement it published, or its own verb after another thing it did ("published a paper …, and said that …").
 * The organisation holds those claims under its full name.
 */
class OrganisationsWritingsTest {

    private static final String REPORT = """
            Tollgate Robotics, a maker of warehouse arms based in Leeds, opened a second plant in Ohio last month.

            Tollgate also released a field study last week comparing its arms with manual pickers in four depots, \
            and said that such arms could halve picking errors within two years.

            Brindle Analytics, a consultancy in Oslo, estimated in a note on Monday that warehouse wages will rise \
            by 6% next year.

            Depot managers in Ohio have started to hire again. Brindle's note said the increase would push more \
            depots toward automation.

            Brindle's chief economist said the depots would still need people for returns.

            A Tollgate Robotics spokesperson said in an emailed response that the company does not discuss \
            its customers' contracts.

            Tollgate opened the Ohio plant in March, and analysts said that demand for arms had doubled.
            """;

    @Test
    void anOrganisationsVerbAfterAnotherOfItsDeedsIsItsClaim() {
        Analyses a = Analyses.of(REPORT, "2026-11-20");
        assertThat(a.speakerOf("could halve picking errors")).isEqualTo("Tollgate Robotics");
        // near miss: another subject after the comma says it
        a.claimWith("demand for arms had doubled").ifPresent(c ->
                assertThat(a.speakerOf("demand for arms had doubled")).isNotEqualTo("Tollgate Robotics"));
    }

    @Test
    void aNoteSaysWhatItsOwnerPutInIt() {
        Analyses a = Analyses.of(REPORT, "2026-11-20");
        assertThat(a.speakerOf("push more depots toward automation")).isEqualTo("Brindle Analytics");
        // near miss: a person holding a role there is not the organisation
        assertThat(a.speakerOf("still need people for returns")).isNotEqualTo("Brindle Analytics");
    }

    @Test
    void aSpokespersonOfAnOrganisationOfTwoWordsSpeaksForAllOfIt() {
        Analyses a = Analyses.of(REPORT, "2026-11-20");
        assertThat(a.speakerOf("does not discuss its customers")).isEqualTo("Tollgate Robotics");
        assertThat(a.speakerNames()).doesNotContain("Robotics");
    }
}

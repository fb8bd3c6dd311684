package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import io.claimstream.contracts.Claim;
import org.junit.jupiter.api.Test;

/**
 * A newsletter whose author writes as "I" around an interview: the author's own unattributed
 * statements are the author's (inferred), the piece's housekeeping is nobody's claim, and a
 * reporter's third-person narration under a byline stays narration.
 */
class FirstPersonNewsletterTest {

    private static final String ISSUE = """
            # Grid Notes #40: batteries after the subsidy

            By Carla Munroe

            Hello friends, and welcome to the 800 of you who joined after the piece on transformer shortages.

            This week I spoke with Tariq Bello, a partner at Saltmarsh Capital, about storage. Here is what I learned.

            ## Numbers

            - 14 gigawatt-hours of grid storage came online in the second quarter.
            - Half of the projects I counted in May used sodium cells.

            My read: storage developers are underpricing fire insurance.

            ## The interview

            Tariq has backed storage companies since 2015. He has seen two subsidy cycles come and go.

            Our conversation has been lightly edited for clarity.

            Carla: What changed this year?

            Tariq: Cell prices fell by a third, and projects now pay back in six years.

            ## What I'm watching

            - Two utilities will tender for week-long storage before March.

            That's it for this week. If this was forwarded to you, you can subscribe at the link below. See you next Friday.
            """;

    @Test
    void theWritersOwnStatementsAreTheirs() {
        Analyses a = Analyses.of(ISSUE);
        assertThat(a.speakerOf("14 gigawatt-hours of grid storage")).isEqualTo("Carla Munroe");
        assertThat(a.speakerOf("projects I counted in May")).isEqualTo("Carla Munroe");
        assertThat(a.speakerOf("underpricing fire insurance")).isEqualTo("Carla Munroe");
        assertThat(a.speakerOf("week-long storage")).isEqualTo("Carla Munroe");
        assertThat(a.claimWith("week-long storage").orElseThrow().attribution()).isEqualTo("inferred");
        assertThat(a.speakerOf("Cell prices fell by a third")).isEqualTo("Tariq Bello");
    }

    /**
     * A column's advice to a plural of people ("Vendors should …") is not narration about a name, and
     * a cost told with a verb the tagger reads as a noun ("cost us") is still a sentence with a predicate.
     */
    @Test
    void aColumnistsAdviceAndCostsAreTheirs() {
        Analyses a = Analyses.of("""
                Why we keep switching tools

                By Nora Lindqvist

                Last year my team of 40 developers changed our build system twice. Each outage cost us roughly a day of revenue. I think most studios underestimate what a migration costs.

                Vendors should publish their support windows. Studios will keep switching until they do.
                """);
        assertThat(a.speakerOf("Each outage cost us")).isEqualTo("Nora Lindqvist");
        assertThat(a.speakerOf("Vendors should publish")).isEqualTo("Nora Lindqvist");
        assertThat(a.claimWith("Vendors should publish").orElseThrow().type()).isEqualTo("recommendation");
    }

    @Test
    void housekeepingIsNoClaim() {
        Analyses a = Analyses.of(ISSUE);
        assertThat(a.doc().claims()).extracting(Claim::text).noneMatch(t -> t.contains("welcome")
                || t.contains("edited") || t.contains("subsidy cycles") || t.contains("what I learned") || t.contains("subscribe") || t.contains("See you") || t.contains("That's it"));
    }

    @Test
    void aReportersNarrationUnderABylineStaysNarration() {
        Analyses a = Analyses.of("""
                Storage boom strains insurers

                By Carla Munroe

                Fourteen gigawatt-hours of grid storage came online in the second quarter. Insurers have raised premiums twice since January.

                "Nobody priced the fire risk," said Tariq Bello, a partner at Saltmarsh Capital.
                """);
        assertThat(a.doc().claims()).extracting(Claim::text).noneMatch(t -> t.contains("gigawatt-hours")
                || t.contains("premiums"));
        assertThat(a.speakerOf("Nobody priced the fire risk")).isEqualTo("Tariq Bello");
    }
}

package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * What is said on a stage about the session and not the subject: the floor given to someone in the audience, a clash
 * welcomed, an answer turned away or closed off, and the outlet's line about itself under the piece. The claims
 * said beside them stay.
 */
class StageTalkTest {

    @Test
    void theFloorGivenToSomeoneInTheAudienceWithPleaseIsNoClaim() {
        Analyses a = Analyses.of("""
                Moderator: We have time for one question. The lady near the window, please.

                Audience member: Thank you. Will small warehouses ever afford robots?

                Guest: Yes. Leasing has cut the entry price for a small site to about 2,000 euros a month.
                """);
        assertThat(a.claimWith("near the window")).isEmpty();
        assertThat(a.claimWith("cut the entry price")).isPresent();
    }

    @Test
    void aClashWelcomedByTheHostIsBanter() {
        Analyses a = Analyses.of("""
                Ana Lopes: Humanoid robots are a distraction for logistics.

                Ben Ito: I disagree. Stairs and doors are everywhere, and only legs handle both.

                Moderator: Great, we have a real debate.
                """);
        assertThat(a.claimWith("we have a real debate")).isEmpty();
        assertThat(a.claimWith("only legs handle both")).isPresent();
    }

    @Test
    void anAnswerTurnedAwayOrClosedOffIsNoClaim() {
        Analyses a = Analyses.of("""
                Host: Are you profitable?

                Guest: Not this year, and that is all I will say in front of my board. (laughs)

                Host: What made you leave the university?

                Guest: I would rather talk about the robots than about me. (laughs) Our grippers now fail once in 9,000 picks.
                """);
        assertThat(a.claimWith("that is all I will say")).isEmpty();
        assertThat(a.claimWith("rather talk about the robots")).isEmpty();
        assertThat(a.claimWith("fail once in 9,000 picks")).isPresent();
    }

    @Test
    void theOutletsLineAboutItselfIsNoClaim() {
        Analyses a = Analyses.of("""
                Interview: Mira Olsen on warehouse robots

                Mira Olsen runs the robotics lab at Tallin Works. She says leasing has made robots affordable for small sites.

                Rackline is a technology outlet covering Europe's logistics industry. Follow us for more interviews.
                """);
        assertThat(a.claimWith("technology outlet covering")).isEmpty();
        assertThat(a.claimWith("Follow us for more")).isEmpty();
        assertThat(a.claimWith("leasing has made robots affordable")).isPresent();
    }
}

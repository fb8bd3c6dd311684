package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import io.claimstream.contracts.Claim;
import org.junit.jupiter.api.Test;

/**
 * One particular person the reporter does not name ("An engineer at the utility, who asked not to
 * be identified, said …") holds a claim without a speaker; a name in apposition is who speaks, and
 * generic subjects or an unnamed person doing something else stay out.
 */
class UnnamedSourcesTest {

    @Test
    void anAnonymousOfficialsStatementIsAClaimWithoutSpeaker() {
        Analyses a = Analyses.of("""
                The grid operator has not published its forecast. An engineer at the utility, who asked not to be identified because the plan is not final, said the new substation would be delayed until 2029.
                """);
        Claim claim = a.claimWith("substation would be delayed").orElseThrow();
        assertThat(claim.speakerId()).isNull();
        assertThat(claim.attribution()).isEqualTo("explicit");
    }

    @Test
    void aNamedAppositiveSpeaksAndOtherSubjectsStayNarration() {
        Analyses a = Analyses.of("""
                A spokesperson for the utility, Dana Whitcombe, said the substation will open on time.

                An engineer at the utility inspected the transformers in March and said little.

                Analysts said the delay would cost millions.
                """);
        assertThat(a.speakerOf("substation will open on time")).isEqualTo("Dana Whitcombe");
        assertThat(a.claimWith("inspected the transformers")).isEmpty();
        assertThat(a.claimWith("the delay would cost millions")).isEmpty();
    }

    @Test
    void aSpokespersonNamedByTheirOrganisationVoicesThatOrganisation() {
        Analyses a = Analyses.of("""
                Halden Robotics opened a second plant in Porto on Monday.

                A Halden spokeswoman said the plant will build 2,000 arms a year by 2028.

                An industry official said the region will need more welders.
                """);
        assertThat(a.speakerOf("2,000 arms a year")).isEqualTo("Halden Robotics");
        // a spokesperson of nobody named stays unnamed
        assertThat(a.speakerNames()).doesNotContain("Halden", "Industry");
    }
}

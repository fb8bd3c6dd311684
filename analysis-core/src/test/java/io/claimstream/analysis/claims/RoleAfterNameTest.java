package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A news story gives somebody's view without a verb of saying ("For Marit Solheim, the problem is cooling.") and goes on
 * by their role at a company: the view is theirs, and the role is that person, not the company.
 */
class RoleAfterNameTest {

    @Test
    void theRoleOfACompanyRightAfterANameIsThatPerson() {
        Analyses a = Analyses.of("""
                For Marit Solheim, the problem is cooling.

                The founder of Kaldvik Systems, a start-up that designs liquid loops for server halls, argues that air cooling will be obsolete within five years.
                """);
        assertThat(a.speakerOf("air cooling will be obsolete")).isEqualTo("Marit Solheim");
        assertThat(a.speakerNames()).doesNotContain("Kaldvik Systems");
        assertThat(a.speakerOf("the problem is cooling")).isEqualTo("Marit Solheim"); // "For X, …": X's view
    }
}

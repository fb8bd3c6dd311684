package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A public body's name joins its parts with "of", "for" and "and" ("the Ministry of Science and Technology", "the
 * Department of Health and Human Services"): the body that speaks is the whole name, not the part after the last
 * "and"; two names a sentence joins as its subjects stay two.
 */
class LongOrganisationNamesTest {

    @Test
    void aMinistryNamedForTwoFieldsSpeaksUnderItsWholeName() {
        Analyses a = Analyses.of("""
                Robot makers had a good year, the trade press reported.

                The Ministry of Science and Technology said in May that the country had 400 robot makers.

                The Department of Health and Human Services said on Tuesday that it would review the rules for care robots.
                """);
        assertThat(a.speakerOf("400 robot makers")).isEqualTo("Ministry of Science and Technology");
        assertThat(a.speakerOf("review the rules")).isEqualTo("Department of Health and Human Services");
        assertThat(a.speakerNamed("Ministry of Science and Technology").kind()).isEqualTo("organization");
        assertThat(a.speakerNames()).doesNotContain("Technology", "Human Services");
    }

    @Test
    void aBodyInsideAnotherSubjectIsNoSubjectOfItsOwn() {
        Analyses a = Analyses.of("""
                Researchers at the University of Oslo and Nordlys said the arms learned faster in simulation.
                """);
        assertThat(a.speakerNames()).doesNotContain("University of Oslo and Nordlys");
    }

    @Test
    void aCountrysBodyABodyAfterTheVerbAndAHeadOfTwoWordsAreWholeNamesToo() {
        Analyses a = Analyses.of("""
                Robot makers had a good year, the trade press reported.

                Norway's Ministry of Trade and Industry said in March that exports of robot arms had doubled.

                "Exports will double again by 2027," said the Ministry of Science and Technology in a statement.

                In May, the National Bureau of Statistics and Economic Research said output had grown by 5%.
                """);
        assertThat(a.speakerOf("exports of robot arms had doubled")).isEqualTo("Ministry of Trade and Industry");
        assertThat(a.speakerOf("double again by 2027")).isEqualTo("Ministry of Science and Technology");
        assertThat(a.speakerOf("output had grown")).isEqualTo("National Bureau of Statistics and Economic Research");
    }

    @Test
    void aPersonOfTwoOrganisationsStaysThePerson() {
        Analyses a = Analyses.of("""
                Lia Chen of Brightpeak and Vell said budgets for robot arms would shrink next year.
                """);
        assertThat(a.speakerOf("budgets for robot arms")).isEqualTo("Lia Chen");
    }
}

package io.claimstream.analysis.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A company a person's role names is never whom "he" or "she" stands for, even where its name reads like a person's;
 * and a name given again in brackets in the other order is an aside, so the role after it is still read.
 */
class EmployersAndNameAsidesTest {

    @Test
    void theCompanyAFounderRunsIsNotTheHeOfTheNextSentence() {
        Analyses a = Analyses.of("""
                Tian Rui, founder and chief executive of Beifeng Code, gave the closing keynote in Suzhou on Friday.

                Beifeng Code now serves about two million developers, most of them at small companies.

                He predicted that most programmers will spend their days reviewing code rather than writing it within five years.
                """);
        assertThat(a.speakerOf("most programmers will spend their days")).isEqualTo("Tian Rui");
    }

    @Test
    void aNameRepeatedInBracketsInTheOtherOrderLeavesTheRoleAfterItToThePerson() {
        Analyses a = Analyses.of("""
                Mira Okafor (Okafor Mirabel), co-founder and CEO of Tallgrass Silicon, spent the episode arguing that inference chips will be sold on cost per token.

                Tallgrass is not yet profitable. She said the company will break even in 2028 if its second card ships on time.
                """);
        assertThat(a.speakerNamed("Mira Okafor").affiliations()).contains("Tallgrass Silicon");
        assertThat(a.speakerOf("will break even in 2028")).isEqualTo("Mira Okafor");
    }
}

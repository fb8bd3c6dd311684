package io.claimstream.analysis.types;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import io.claimstream.contracts.Claim;
import org.junit.jupiter.api.Test;

/**
 * Taking a side on an idea is a view, whatever tense the idea is told in; an expectation put first in a cleft
 * sentence is a forecast, as "I expect" is.
 */
class StancesAndExpectationCleftsTest {

    @Test
    void disagreeingWithAnIdeaIsAnOpinion() {
        Analyses a = Analyses.of("Noor Haddad: I disagree with the idea that search engines will vanish within a decade.");
        assertThat(a.claimWith("search engines will vanish")).get().extracting(Claim::type).isEqualTo("opinion");
    }

    @Test
    void whatISayIExpectIsAForecast() {
        Analyses a = Analyses.of("Noor Haddad: What I do not expect is robots cooking in most homes.");
        assertThat(a.claimWith("robots cooking")).get().extracting(Claim::type).isEqualTo("prediction");
    }
}

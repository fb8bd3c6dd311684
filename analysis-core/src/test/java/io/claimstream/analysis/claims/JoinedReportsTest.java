package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/** A report that joins a forecast to a fact or a view is two claims; two statements of one kind stay one. */
class JoinedReportsTest {

    @Test
    void aSecondThatClauseOfAnotherKindIsASecondClaim() {
        Analyses a = Analyses.of("""
                Lena Brandt said the firm's cost per hour had fallen to about 2 dollars, and that the unit would break \
                even in the third quarter of 2027.
                """, "2026-03-01");
        assertThat(a.claimWith("had fallen to about 2 dollars").orElseThrow().type()).isEqualTo("fact");
        assertThat(a.claimWith("the unit would break even").orElseThrow().type()).isEqualTo("prediction");
        assertThat(a.claimWith("had fallen to about 2 dollars").orElseThrow().text()).doesNotContain("break even");
        assertThat(a.speakerOf("the unit would break even")).isEqualTo("Lena Brandt");
    }

    @Test
    void aViewAndAForecastReportedTogetherAreTwoClaims() {
        Analyses a = Analyses.of("""
                Lena Brandt argued that the gains from ever bigger training runs have levelled off, and that hospitals \
                will spend the money on inference instead.
                """, "2026-03-01");
        assertThat(a.claimWith("have levelled off").orElseThrow().type()).isEqualTo("opinion");
        assertThat(a.claimWith("will spend the money on inference").orElseThrow().type()).isEqualTo("prediction");
    }

    @Test
    void twoStatementsOfOneKindStayOneClaim() {
        Analyses a = Analyses.of("""
                Lena Brandt said revenue passed 40 million dollars last year, and that its biggest client accounted \
                for a third of it.
                """, "2026-03-01");
        assertThat(a.claimWith("revenue passed 40 million").orElseThrow().text()).contains("biggest client");
    }

    @Test
    void aSecondStatementThatPointsBackToTheFirstStaysWithIt() {
        // "this habit" is the first statement's frugality: cut apart, the forecast would not say what it is about
        Analyses a = Analyses.of("""
                Lena Brandt said years of scarce funding have taught the team to waste nothing, and that this habit \
                will still pay off when money is plentiful again.
                """, "2026-03-01");
        assertThat(a.claimWith("taught the team to waste nothing").orElseThrow().text()).contains("this habit");
    }
}

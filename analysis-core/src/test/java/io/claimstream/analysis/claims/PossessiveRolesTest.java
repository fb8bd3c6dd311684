package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/** A role owned by an organisation ("its chief executive", "the company's founder") as a frame's subject. */
class PossessiveRolesTest {

    @Test
    void itsChiefExecutiveIsThePersonTheTextGivesThatRoleThere() {
        Analyses a = Analyses.of("""
                Tamsin Roe, Larkfield's chief executive, spoke at the launch in Leeds.

                Larkfield said on Friday that it would open a second data centre in 2027. Its chief executive said \
                the site would run entirely on wind power.
                """);
        assertThat(a.speakerOf("run entirely on wind power")).isEqualTo("Tamsin Roe");
        assertThat(a.speakerOf("open a second data centre")).isEqualTo("Larkfield");
    }

    @Test
    void anUnnamedFounderIsNeitherTheCompanyNorSomebodyElse() {
        Analyses a = Analyses.of("""
                Oren Vale, the chief scientist of Brindle AI, said small models are underrated.

                Cobalt Works, a robotics startup in Turin, has stayed out of the debate. The company's founder argued \
                last year that household robots will need a decade of field data.
                """);
        assertThat(a.speakerOf("small models are underrated")).isEqualTo("Oren Vale");
        assertThat(a.speakerOf("household robots will need a decade")).isNull();
        assertThat(a.speakerNames()).doesNotContain("Cobalt Works");
    }

    @Test
    void aClosingReportingClauseFramesAnEarlierExpectation() {
        Analyses a = Analyses.of("""
                Chipmakers report

                Pellucid Semiconductor expects demand for its inference chips to double next year, its chief \
                executive said on Monday. "Our order book has never been longer," Chief Executive Ilse Brandt told \
                investors.
                """);
        assertThat(a.speakerOf("demand for its inference chips to double")).isEqualTo("Ilse Brandt");
    }

    @Test
    void aPersonWhoseRoleTheCompanyOwnsIsNoCompanyAndTheirSurnameIsThem() {
        Analyses a = Analyses.of("""
                Harriet Moss, the company's head of research, said the new model was trained in six weeks.

                "We could have gone faster," Moss said.
                """);
        assertThat(a.speakerOf("trained in six weeks")).isEqualTo("Harriet Moss");
        assertThat(a.speakerOf("gone faster")).isEqualTo("Harriet Moss");

        Analyses titled = Analyses.of("""
                In a café in Bristol, Owen Pryce is explaining why he turned the buyers away. "We are not for sale," \
                said Mr Pryce, the firm's chief executive.

                "Nobody asked twice," said Mr Pryce.
                """);
        assertThat(titled.speakerOf("not for sale")).isEqualTo("Owen Pryce");
        assertThat(titled.speakerOf("Nobody asked twice")).isEqualTo("Owen Pryce");
    }
}

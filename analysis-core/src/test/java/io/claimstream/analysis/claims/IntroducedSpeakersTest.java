package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/** A full name met in an introduction, a job title before a name and an organisation's short name. */
class IntroducedSpeakersTest {

    @Test
    void aSurnameFindsTheFullNameOfAnEarlierIntroduction() {
        Analyses a = Analyses.of("""
                Lena Brockmann of Quarry Systems sees it differently. "Nobody budgets for tokens," Brockmann said.

                Then there is Idris Kamara, who builds billing software for clinics. Kamara said flat fees will win.
                """);
        assertThat(a.speakerOf("Nobody budgets for tokens")).isEqualTo("Lena Brockmann");
        assertThat(a.speakerOf("flat fees will win")).isEqualTo("Idris Kamara");
        assertThat(a.speakerNames()).doesNotContain("Brockmann", "Kamara");
    }

    @Test
    void aJobTitleBeforeTheNameIsARoleNotPartOfTheName() {
        Analyses a = Analyses.of("""
                "Our backlog is bigger than ever," Chief Executive Oona Pike told investors on Thursday.
                """);
        assertThat(a.speakerOf("Our backlog is bigger")).isEqualTo("Oona Pike");
        assertThat(a.speakerNamed("Oona Pike").role()).isEqualTo("Chief Executive");
    }

    @Test
    void anOrganisationIsCalledByItsFirstWordAfterItsFullName() {
        Analyses a = Analyses.of("""
                Tarn Robotics, a hardware startup in Lyon, will close its research office, the company said.

                Tarn said that demand for humanoid robots is still years away.
                """);
        assertThat(a.speakerOf("demand for humanoid robots")).isEqualTo("Tarn Robotics");
        assertThat(a.speakerNames()).doesNotContain("Tarn");
    }

    @Test
    void aQuotationBeforeItsAttributionStaysOneClaim() {
        Analyses a = Analyses.of("""
                "Everyone assumes the cloud is cheaper, and that is rarely true," said Oskar Lund, who runs a hosting firm.
                """);
        assertThat(a.claimWith("Everyone assumes the cloud").orElseThrow().text()).contains("rarely true");
        assertThat(a.speakerOf("Everyone assumes the cloud")).isEqualTo("Oskar Lund");
    }
}

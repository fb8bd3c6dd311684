package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * An organisation speaking in wire copy through its statement: "according to the company" before the company has
 * spoken, "The statement added that …", and its short name in a frame when its full name was only an employer.
 */
class CompanyStatementsTest {

    private static final String WIRE = """
            SHENZHEN, March 2 (Harbour Wire) - Tao Ying, chief executive of Shenzhen-based chip designer Lumen Silicon, \
            said on Monday that demand for inference cards would double this year.

            The new card draws 150 watts and costs half as much as its predecessor, according to the company.

            In a statement, Lumen said it had signed supply deals with three cloud providers. The statement added that \
            the first shipments left the factory in February.
            """;

    @Test
    void theCompanyIsTheEmployerOfThePersonTheCopyIsAboutBeforeItSpeaks() {
        assertThat(Analyses.of(WIRE).speakerOf("draws 150 watts")).isEqualTo("Lumen Silicon");
    }

    @Test
    void theStatementSpeaksForTheOrganisationThatIssuedIt() {
        Analyses a = Analyses.of(WIRE);
        assertThat(a.speakerOf("first shipments left the factory")).isEqualTo("Lumen Silicon");
        assertThat(a.speakerNamed("Lumen Silicon").aliases()).doesNotContain("The statement");
    }

    @Test
    void aShortNameInAFrameIsTheOrganisationItsFullNameNamed() {
        Analyses a = Analyses.of(WIRE);
        assertThat(a.speakerOf("signed supply deals")).isEqualTo("Lumen Silicon");
        assertThat(a.speakerNames()).doesNotContain("Lumen");
    }
}

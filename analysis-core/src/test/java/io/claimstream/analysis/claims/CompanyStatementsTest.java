package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * An organisation speaking in wire copy through its statement: "according to the company" before the company has
 * spoken, "The statement added that …", and its short name in a frame when its full name was only an employer;
 * "according to the company's filing" or "its annual report" is the company the sentence names.
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

    @Test
    void aCompanysOwnDocumentSpeaksForTheCompanyTheSentenceNames() {
        Analyses a = Analyses.of("""
                Ruth Okello, chief executive of the Nairobi-based Savanna Compute, was upbeat about demand.

                Savanna's operating loss narrowed to $3 million in the second half, according to the company's filing.

                Elena Duarte, who founded Brisa Robotics, spoke to us separately. Duarte said orders had doubled. \
                Brisa lost $9 million last year, according to its annual report.
                """);
        assertThat(a.speakerOf("operating loss narrowed")).isEqualTo("Savanna Compute");
        assertThat(a.speakerOf("lost $9 million last year")).isEqualTo("Brisa Robotics");
    }

    @Test
    void aFigureFromASurveyIsTheSurveyorsNotTheLastPersonQuoted() {
        Analyses a = Analyses.of("""
                "Every warehouse we visit wants a robot arm by next year," said Pilar Montenegro, partner at Ostrava \
                Ventures.

                NUMBER OF THE WEEK

                63% — the share of European warehouses that now run at least one robot arm, according to a survey by \
                Quillon Analytics. The survey covered 210 sites.
                """);
        assertThat(a.speakerOf("the share of European warehouses")).isEqualTo("Quillon Analytics");
    }

    @Test
    void anOrganisationNamedShortInTheHeadlineTakesTheFullNameTheTextGivesItLater() {
        Analyses a = Analyses.of("""
                Cloud prices are falling, says Qiming's founder; rival Ferrowave answers

                Ferrowave AI, the company the founder was taken to mean, replied on Friday. In a statement on its \
                website, Ferrowave said its paying customers had doubled to 2,000 this year.
                """);
        assertThat(a.speakerOf("paying customers had doubled")).isEqualTo("Ferrowave AI");
    }
}

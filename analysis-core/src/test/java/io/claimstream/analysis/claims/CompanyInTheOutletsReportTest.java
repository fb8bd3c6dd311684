package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A report of a talk describes the founder's company in its own words: "Pellmore, founded in 2021, builds warehouse
 * robots and says its fleet passed …". The second verb shares the subject the aside follows, so the company says it,
 * not the outlet the report opened by citing.
 */
class CompanyInTheOutletsReportTest {

    private static final String REPORT = """
            Pellmore's founder and a partner at Harlow Labs on the data moat

            Daily Circuit 2026-02-10 09:12

            According to a report by Daily Circuit on February 9, the Lakeside Forum in Suzhou hosted a talk between \
            Wen Dalin, founder of Pellmore Robotics, and Ada Sun, a partner at Harlow Labs. Pellmore, founded in 2021, \
            builds warehouse robots and says its fleet passed 9,000 units in January.

            Wen Dalin believes that data is the moat. "Everyone has the same arms now," he said.
            """;

    @Test
    void theCompanySaysWhatTheAsideAfterItsNameDoesNotInterrupt() {
        Analyses a = Analyses.of(REPORT);
        assertThat(a.speakerOf("its fleet passed 9,000 units")).isEqualTo("Pellmore Robotics");
        assertThat(a.speakerOf("data is the moat")).isEqualTo("Wen Dalin");
    }

    @Test
    void aSecondClauseAfterAnotherCommaKeepsItsOwnSubject() {
        Analyses a = Analyses.of("""
                Pellmore builds warehouse robots, its rivals build drones and Wen Dalin says the drones will lose.
                """);
        assertThat(a.speakerOf("the drones will lose")).isEqualTo("Wen Dalin");
    }

    @Test
    void aRelativeClauseAfterTheNameIsAnAsideToo() {
        Analyses a = Analyses.of("""
                Pellmore, which Wen Dalin started in 2021, builds warehouse robots and says its fleet will reach \
                20,000 units next year.
                """);
        assertThat(a.speakerOf("its fleet will reach")).isEqualTo("Pellmore");
    }
}

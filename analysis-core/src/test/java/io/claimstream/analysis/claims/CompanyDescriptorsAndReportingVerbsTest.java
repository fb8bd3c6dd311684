package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * Business news opens a sentence with what a company is ("Brokerage Kestrel Shah Securities said …", "Chipmaker
 * Arvell Semiconductor said …"), which is no part of its name, and reports with "averred" as it does with "said".
 */
class CompanyDescriptorsAndReportingVerbsTest {

    @Test
    void theDescriptorBeforeACompanysNameIsNotPartOfIt() {
        Analyses a = Analyses.of("""
                Brokerage Kestrel Shah Securities, in a note dated November 28, said it expected margins to fall by \
                80 basis points in FY27.

                Chipmaker Arvell Semiconductor said it would double output by 2027.
                """);
        assertThat(a.speakerOf("margins to fall by 80 basis points")).isEqualTo("Kestrel Shah Securities");
        assertThat(a.speakerOf("double output by 2027")).isEqualTo("Arvell Semiconductor");
    }

    @Test
    void averredReportsAsSaidDoes() {
        Analyses a = Analyses.of("""
                Ms. Leela Iyer, Chief Financial Officer, Voltara Power, spoke at the summit on Tuesday.

                Ms. Iyer further averred that rooftop solar had become cheaper than grid power for most factories.
                """);
        assertThat(a.speakerOf("rooftop solar had become cheaper")).isEqualTo("Leela Iyer");
    }
}

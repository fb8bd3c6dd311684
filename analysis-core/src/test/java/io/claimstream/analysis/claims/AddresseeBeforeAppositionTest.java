package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/** "Dr. Ito, the chief executive of Pellor, Hanna Voss, told …": a question's addressee before a role and a name. */
class AddresseeBeforeAppositionTest {

    @Test
    void theRoleBelongsToTheNameAfterItAndTheReportIsThatPersonsClaim() {
        Analyses a = Analyses.of("""
                MS. LANGE:  Good afternoon.  I'll hand over to Dr. Ito.

                DR. ITO:  Thank you.  The new grant programme opens in March.

                REPORTER:  Dr. Ito, the chief executive of Pellor, Hanna Voss, told investors on Friday that the \
                grants are "too small to matter."  Is she right?

                DR. ITO:  No.  The grants cover a full year of compute for a small lab.
                """);
        assertThat(a.speakerOf("too small to matter")).isEqualTo("Hanna Voss");
        assertThat(a.speakerNamed("Hanna Voss").role()).contains("chief executive");
        assertThat(a.doc().speakers()).filteredOn(s -> !s.name().equals("Hanna Voss"))
                .noneMatch(s -> s.role() != null && s.role().contains("chief executive"));
    }
}

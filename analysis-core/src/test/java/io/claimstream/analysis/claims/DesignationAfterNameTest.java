package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A speaker written with a designation and an organisation each set off by commas ("Mr. Rohan Batra, Vice-President,
 * Grid Users Forum, said …"), as Indian business reporting writes them, or named in apposition to a named company's
 * role ("Orrin's finance chief, Dana Mensah, told …"), holds what the sentence reports, even when that opens with
 * "the company": the organisation nearest the verb and the company in the reported clause only describe them.
 */
class DesignationAfterNameTest {

    @Test
    void theNameBeforeItsDesignationAndOrganisationSpeaks() {
        Analyses a = Analyses.of("""
                Grid costs will rise by a fifth next year, said Mr. Suresh Menon, MD and CEO, Voltara Power Ltd., on Monday.

                Ms. Leela Iyer, Chief Financial Officer, Voltara Power, said the company had cut debt by Rs 900 crore this year.

                Speaking at the same event, Mr. Rohan Batra, Vice-President, Grid Users Forum, said that tariffs had been \
                flat for six quarters.
                """);
        assertThat(a.speakerOf("had cut debt by Rs 900 crore")).isEqualTo("Leela Iyer");
        assertThat(a.speakerOf("tariffs had been flat")).isEqualTo("Rohan Batra");
        assertThat(a.speakerNames()).doesNotContain("Grid Users Forum", "Voltara Power");
    }

    @Test
    void aNamedCompanysRoleInAppositionNamesWhoTells() {
        Analyses a = Analyses.of("""
                Orrin Systems builds inference servers. Orrin's finance chief, Dana Mensah, told investors in October \
                that the company expects to reach $5 billion in revenue next year.
                """);
        assertThat(a.speakerOf("expects to reach $5 billion")).isEqualTo("Dana Mensah");
    }
}

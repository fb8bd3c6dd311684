package io.claimstream.analysis.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import io.claimstream.contracts.Speaker;
import org.junit.jupiter.api.Test;

/**
 * Names that are not one person's: a name ending in a word like Health, Labs or Capital is an organisation's,
 * whatever the sentence around it looks like, and the plural of a known person's surname is their family.
 */
class OrganisationOrFamilyNamesTest {

    private static final String TEXT = """
            Ivan Petrov founded Kestrel Data with his brother, Alexander Petrov, in 2019. The two Petrovs do not \
            always agree. Ivan said the company will double its staff next year.

            Anna Weiss, who runs Brightwater Health, said hospitals will buy more models. Brightwater Health said its \
            revenue grew by a third.
            """;

    @Test
    void aNameEndingInAnOrganisationWordIsAnOrganisation() {
        Analyses a = Analyses.of(TEXT);
        assertThat(a.speakerOf("its revenue grew by a third")).isEqualTo("Brightwater Health");
        assertThat(a.speakerNamed("Brightwater Health").kind()).isEqualTo("organization");
        assertThat(a.speakerNamed("Anna Weiss").kind()).isEqualTo("person");
    }

    @Test
    void thePluralOfAKnownSurnameIsNoOrganisation() {
        Analyses a = Analyses.of(TEXT);
        assertThat(a.speakerNames()).doesNotContain("Petrovs");
        assertThat(a.doc().speakers()).extracting(Speaker::name).contains("Ivan Petrov");
    }

    @Test
    void organisationWordsEndANameOnlyAfterAnotherWord() {
        assertThat(PersonName.of("Polar Labs").endsInOrganisationWord()).isTrue();
        assertThat(PersonName.of("Kestrel Capital").endsInOrganisationWord()).isTrue();
        assertThat(PersonName.of("Labs").endsInOrganisationWord()).isFalse();
        // a company's word made on such an ending
        assertThat(PersonName.of("Hanshan Microsystems").endsInOrganisationWord()).isTrue();
        assertThat(PersonName.of("Corda Biotech").endsInOrganisationWord()).isTrue();
        assertThat(PersonName.of("Ada Systems").endsInOrganisationWord()).isTrue();
        assertThat(PersonName.of("Microsystems").endsInOrganisationWord()).isFalse();
        assertThat(PersonName.of("Anna Weiss").endsInOrganisationWord()).isFalse();
    }
}

package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A report that brings in a second person with its subject's surname calls the newcomer by the given name, so that the
 * bare surname keeps meaning the subject.
 */
class NamesakeCalledByGivenNameTest {

    @Test
    void theBareSurnameStaysWithTheSubjectOnceTheNamesakeIsCalledByGivenName() {
        Analyses a = Analyses.of("""
                Okafor Emeka, who runs the robotics maker Tallis Works, said demand for warehouse robots has doubled.

                "Our order book is full until the spring," Okafor said.

                Okafor Chidi, a banker at Ridgeway Capital who is no relation, said lenders remain cautious about the sector.

                "Lenders want to see two years of profits first," Chidi said.

                Returning to his plans, Okafor said Tallis Works will open a second factory in Lagos next year.

                He said the new factory will employ about 400 people.
                """);
        assertThat(a.speakerOf("want to see two years of profits")).isEqualTo("Okafor Chidi");
        assertThat(a.speakerOf("open a second factory")).isEqualTo("Okafor Emeka");
        assertThat(a.speakerOf("employ about 400 people")).isEqualTo("Okafor Emeka");
    }
}

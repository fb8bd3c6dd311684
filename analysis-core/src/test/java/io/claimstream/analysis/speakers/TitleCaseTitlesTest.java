package io.claimstream.analysis.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * News copy writes a long job title before the name in title case, unit and all ("Senior Vice President for Port
 * Services Li Wei"): the person is the name after the unit, not the unit's words with the name, whether the title
 * opens the sentence or closes it in a reporting clause.
 */
class TitleCaseTitlesTest {

    @Test
    void theNameAfterATitlesUnitIsThePerson() {
        Analyses a = Analyses.of("""
                Port of Dalby expects traffic to double by 2030, Senior Vice President for Port Services Li Wei said \
                on Tuesday.

                Chief Operating Officer for Asia Pacific Maria Olsen told reporters that automation would cut waiting \
                times by half.
                """);
        assertThat(a.speakerOf("traffic to double by 2030")).isEqualTo("Li Wei");
        assertThat(a.speakerOf("cut waiting times by half")).isEqualTo("Maria Olsen");
        assertThat(a.speakerNames()).noneMatch(n -> n.contains("Asia Pacific") || n.contains("Port Services"));
    }

    @Test
    void anOrganisationAfterATitleStaysAnOrganisation() {
        Analyses a = Analyses.of("""
                The tariff will rise in June, President of Harbor Grid Holdings Anna Berg said.
                """);
        assertThat(a.speakerNames()).noneMatch(n -> n.equals("Grid Holdings"));
    }
}

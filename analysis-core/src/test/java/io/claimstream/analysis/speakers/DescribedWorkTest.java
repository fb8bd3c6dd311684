package io.claimstream.analysis.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A recap that calls a panellist by what they did rather than by a title: "the former official" and "the Washington
 * veteran" for the one whose introduction tells of government service in Washington, "the Ghent engineer" for the one
 * introduced at a startup in Ghent, "the moderator" for the one the text says moderated.
 */
class DescribedWorkTest {

    private static final String RECAP = """
            Four people argued about batteries at the Oslo forum on Friday.

            On stage were Pieter Claes, lead designer at the Ghent battery startup Voltwerk; Amara Osei, a partner at \
            Kelda Ventures; and Ruth Lanning, who until 2025 drafted battery import rules at the US Energy Department. \
            Tomas Berg of Gridline moderated.

            The former official said the tariffs had slowed the cheapest imports and little else.

            The Washington veteran said she expects the import rules to loosen by 2028.

            The Ghent engineer said solid-state cells will stay a niche product this decade.

            The moderator observed that every panellist had changed employers in the last two years.
            """;

    @Test
    void aCareerOfGovernmentServiceIsTheOfficialAndTheVeteranOfItsCity() {
        Analyses a = Analyses.of(RECAP, "2026-06-12");
        assertThat(a.speakerOf("slowed the cheapest imports")).isEqualTo("Ruth Lanning");
        assertThat(a.speakerOf("rules to loosen")).isEqualTo("Ruth Lanning");
    }

    @Test
    void aPlaceBeforeAKindOfPersonIsTheOneIntroducedThere() {
        Analyses a = Analyses.of(RECAP, "2026-06-12");
        assertThat(a.speakerOf("solid-state cells")).isEqualTo("Pieter Claes");
    }

    @Test
    void whoModeratedIsTheModerator() {
        Analyses a = Analyses.of(RECAP, "2026-06-12");
        assertThat(a.speakerOf("changed employers")).isEqualTo("Tomas Berg");
    }
}

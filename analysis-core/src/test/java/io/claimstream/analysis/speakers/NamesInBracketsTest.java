package io.claimstream.analysis.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A second name written in brackets after a person's first ("English name …", "known as …", or a name sharing a
 * part of the first) is the same person's: what is said later under that name is theirs, and no second person
 * appears. A bracket holding a role or a ticker names nobody.
 */
class NamesInBracketsTest {

    @Test
    void anEnglishNameInBracketsIsTheSamePerson() {
        Analyses a = Analyses.of("""
                Briefing | Tan Wei on robots

                Tan Wei (English name Victor Tan), head of robotics at Qinglan Labs, spoke on a podcast in March.

                Victor Tan argues that household robots are still a decade away. He said the data does not exist yet.
                """);
        assertThat(a.speakerOf("household robots are still a decade away")).isEqualTo("Tan Wei");
        assertThat(a.doc().speakers()).noneMatch(s -> s.name().equals("Victor Tan"));
        assertThat(a.speakerNamed("Tan Wei").aliases()).contains("Victor Tan");
    }

    @Test
    void aNameSharingTheSurnameNeedsNoMarker() {
        Analyses a = Analyses.of("""
                Lin Qiao (Grace Lin), chief scientist of Huaxin AI, gave a keynote on Monday.

                Grace Lin said that open models will catch up within a year.
                """);
        assertThat(a.speakerOf("open models will catch up within a year")).isEqualTo("Lin Qiao");
    }

    @Test
    void aRoleOrAnotherPersonInBracketsIsNoAlias() {
        Analyses a = Analyses.of("""
                Lin Qiao (CEO), chief scientist of Huaxin AI, gave a keynote on Monday. Her colleague Tom Reyes \
                (Daniel Moss) was also there. Lin Qiao said that agents will need new benchmarks.

                Daniel Moss said that chips will stay scarce for two more years.
                """);
        assertThat(a.speakerOf("chips will stay scarce")).isEqualTo("Daniel Moss");
        assertThat(a.speakerNamed("Lin Qiao").aliases()).doesNotContain("CEO");
    }
}

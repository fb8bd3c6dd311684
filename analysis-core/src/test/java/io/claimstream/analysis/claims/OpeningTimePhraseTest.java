package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A phrase of time that opens a sentence with a determiner ("That night,", "This week,", "The next
 * morning,") is skipped like one that opens with an adverb ("Later that night,") when the sentence's
 * subject is looked for: the name after the comma is who posted or spoke.
 */
class OpeningTimePhraseTest {

    @Test
    void aThreadPostedThatNightIsThePostersOwn() {
        Analyses a = Analyses.of("""
                # Notes from the build tools meetup

                *By Ada Quint · May 4, 2026*

                Sven Hollis, who leads the tooling group at Brightkite, spoke for twenty minutes on Thursday.

                That night, Hollis posted a thread on X:

                1/ Thanks to everyone who came out tonight.

                2/ Our linker will ship with an incremental mode by September.

                3/ I still think monorepos are overrated for small teams.

                Brightkite declined to comment further.
                """);
        assertThat(a.speakerOf("incremental mode by September")).isEqualTo("Sven Hollis");
        assertThat(a.speakerOf("monorepos are overrated")).isEqualTo("Sven Hollis");
    }

    @Test
    void aSubjectAfterThisWeekIsWhoTheNextPronounMeans() {
        Analyses a = Analyses.of("""
                # Foundry delays

                Mira Castell runs the packaging line at Oakridge Semiconductor.

                This week, Castell toured the new plant with investors. She said the plant will open a year late.
                """);
        assertThat(a.speakerOf("open a year late")).isEqualTo("Mira Castell");
    }
}

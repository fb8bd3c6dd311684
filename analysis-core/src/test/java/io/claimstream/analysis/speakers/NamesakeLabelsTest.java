package io.claimstream.analysis.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A briefing whose participants list writes family names first in capitals, as Japanese, Chinese and Korean
 * programmes do ({@code MORIMOTO Hiroshi, Chairman}), and whose labels give two namesakes by title and surname only
 * ({@code CHAIRMAN MORIMOTO:}, {@code DR. MORIMOTO:}): the label's title picks the person the list gives that role or
 * that title.
 */
class NamesakeLabelsTest {

    private static final String BRIEFING = """
            NORTHGATE ROBOTICS
            Investor briefing on the Kaze-2 arm

            PARTICIPANTS
              MORIMOTO Hiroshi, Chairman and Chief Executive Officer
              Dr. MORIMOTO Aiko, Chief Scientist (not related to the Chairman)
              Paul WEXLER, Head of Sales

            CHAIRMAN MORIMOTO (through interpreter): Kaze-2 will be in every car plant in Japan by 2029. Our margins on \
            it are higher than on any product we have sold.

            DR. MORIMOTO (through interpreter): The arm learns a new welding task from twenty demonstrations. Most rival \
            arms need several thousand.

            MR. WEXLER: Our order book for the arm has tripled since the spring.
            """;

    @Test
    void theLabelsTitlePicksTheNamesakeTheListGivesItTo() {
        Analyses a = Analyses.of(BRIEFING);
        assertThat(a.speakerOf("every car plant")).isEqualTo("Morimoto Hiroshi");
        assertThat(a.speakerOf("twenty demonstrations")).isEqualTo("Morimoto Aiko");
        assertThat(a.speakerOf("order book")).isEqualTo("Paul Wexler");
    }

    @Test
    void anAcronymTitleNamesTheRoleItAbbreviates() {
        Analyses a = Analyses.of(BRIEFING.replace("Chief Scientist", "Chief Technology Officer")
                .replace("DR. MORIMOTO", "CTO MORIMOTO"));
        assertThat(a.speakerOf("twenty demonstrations")).isEqualTo("Morimoto Aiko");
        assertThat(a.speakerOf("every car plant")).isEqualTo("Morimoto Hiroshi");
    }

    @Test
    void theListReadsEveryCourtesyTitleTheNamesTakeBeforeThem() {
        Analyses a = Analyses.of(BRIEFING.replace("Dr. MORIMOTO Aiko", "Mme MORIMOTO Aiko")
                .replace("DR. MORIMOTO", "MME MORIMOTO"));
        assertThat(a.speakerOf("twenty demonstrations")).isEqualTo("Morimoto Aiko");
        assertThat(ParticipantLines.in("  Lady Ana RUIZ, Head of Design\n").get(0).title()).isEqualTo("Lady");
    }
}

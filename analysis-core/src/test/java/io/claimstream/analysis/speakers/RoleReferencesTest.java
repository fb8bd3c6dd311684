package io.claimstream.analysis.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A recap that names its panellists once and then calls them by their position ("the Farlane partner", "the
 * investor", "the architect"): each reference is the person the introduction gave that position, whoever else the
 * text has named since, and the "he" or "she" after a sentence that opens on such a reference is that person's.
 */
class RoleReferencesTest {

    private static final String RECAP = """
            Three people argued about power at the Delft forum on Thursday.

            On stage were Marta Olsen, chief architect at the Utrecht chip startup Pylon; Desmond Achebe, a partner \
            at Farlane Capital, which has backed five robotics companies; and Li Wenhao, a researcher at Hangzhou's \
            Yunshan Lab. Sunita Rao of The Ledger moderated.

            The Pylon architect said the scarcest input is memory bandwidth. She predicted that by 2029 chips will be \
            judged on bandwidth per watt.

            "Power with a permit is the real constraint," the Farlane partner said. He said two of his companies \
            cannot switch on their clusters until 2028.

            The Yunshan researcher, the only guest from China, gave a different answer. "We lack engineers who can \
            port a model in weeks," he said.

            Asked about funding, the investor said seed rounds for chip startups have all but disappeared.

            The architect said Europe should sell memory to both sides.
            """;

    @Test
    void aPositionWithTheEmployerBeforeItIsTheOneWhoHoldsItThere() {
        Analyses a = Analyses.of(RECAP, "2026-06-12");
        assertThat(a.speakerOf("the real constraint")).isEqualTo("Desmond Achebe");
        assertThat(a.speakerOf("two of his companies")).isEqualTo("Desmond Achebe");
        assertThat(a.speakerOf("memory bandwidth")).isEqualTo("Marta Olsen");
    }

    @Test
    void aKindOfWorkNamesTheOneWhoseTitleIsThatWork() {
        Analyses a = Analyses.of(RECAP, "2026-06-12");
        assertThat(a.speakerOf("seed rounds")).isEqualTo("Desmond Achebe"); // a partner at a fund is "the investor"
        assertThat(a.speakerOf("Europe should sell")).isEqualTo("Marta Olsen");
    }

    @Test
    void aPronounAfterASentenceOpeningOnAPositionIsThatPersons() {
        Analyses a = Analyses.of(RECAP, "2026-06-12");
        assertThat(a.speakerOf("port a model in weeks")).isEqualTo("Li Wenhao");
    }

    private static final String EXCHANGES = """
            Three people argued about power at the Delft forum on Thursday.

            On stage were Marta Olsen, chief architect at the Utrecht chip startup Pylon; Desmond Achebe, a partner \
            at Farlane Capital, which has backed five robotics companies; and Li Wenhao, a researcher at Hangzhou's \
            Yunshan Lab. Sunita Rao of The Ledger moderated.

            Rao asked the Farlane partner whether funds still back new chip companies.

            "Fewer, bigger, later," he said. He expects most chip startups with working silicon to be bought by clouds.

            The Yunshan researcher smiled at that and said the gap with American labs depends on the month.

            The architect went last and said the scarcest input was predictability. Companies, she argued, overbuild \
            because nobody can tell what the rules will be next year.
            """;

    @Test
    void whomAQuestionIsPutToAnswersIt() {
        Analyses a = Analyses.of(EXCHANGES, "2026-06-12");
        assertThat(a.speakerOf("Fewer, bigger")).isEqualTo("Desmond Achebe");
        assertThat(a.speakerOf("bought by clouds")).isEqualTo("Desmond Achebe");
    }

    @Test
    void aSayingVerbJoinedToAnEarlierVerbOfTheSameSubjectFramesTheRest() {
        Analyses a = Analyses.of(EXCHANGES, "2026-06-12");
        assertThat(a.speakerOf("depends on the month")).isEqualTo("Li Wenhao");
        assertThat(a.speakerOf("the scarcest input was predictability")).isEqualTo("Marta Olsen");
        assertThat(a.speakerOf("nobody can tell")).isEqualTo("Marta Olsen");
    }

    @Test
    void aUniversitysOfficesNameWhoHoldsThem() {
        Analyses a = Analyses.of("""
                Two university leaders spoke at the Tallinn education summit on Monday.

                The panel brought together Ines Varga, dean of engineering at Kesk University, and Tomas Reed, provost \
                of the Baltic Institute of Design.

                The dean said that applications to her robotics course have doubled since 2024.

                The provost said that his institute will stop grading essays written at home by 2027.
                """, "2026-05-04");
        assertThat(a.speakerOf("applications to her robotics course")).isEqualTo("Ines Varga");
        assertThat(a.speakerOf("stop grading essays")).isEqualTo("Tomas Reed");
    }
}

package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A sentence about a person that announces what they said and gives it after a colon ("raised a worry: …", "described
 * the pilot: …"); and a subject opening the sentence before a long apposition or relative clause.
 */
class ColonLeadInsTest {

    private static final String DINNER = """
            # Notes from a dinner on robotics

            **Guests**

            - Tomas Reyes, founder of Quillmark Robotics
            - Nadia Ferro, head of automation at Halden Foods

            Tomas Reyes opened with a figure from his own plant. Reyes's explanation is straightforward: a robot that works one station well pays for itself before a general robot leaves the lab.

            Nadia Ferro raised a worry from her warehouses: pickers trained on old layouts make more mistakes when the shelves move.

            She described Halden's current pilot: the company runs two arms on night shifts and reviews every error the next morning.

            Ms. Ferro asked each guest the same question: which job goes first? Reyes listed three things: welding, painting and sorting. Reyes reminded the room of the house rule: no talk of prices beyond what is public.
            """;

    @Test
    void whatTheColonGivesAfterAnAnnouncementIsThePersons() {
        Analyses a = Analyses.of(DINNER);
        assertThat(a.speakerOf("pickers trained on old layouts")).isEqualTo("Nadia Ferro");
        assertThat(a.claimWith("Nadia Ferro raised a worry").orElseThrow().attribution()).isEqualTo("explicit");
        assertThat(a.speakerOf("the company runs two arms")).isEqualTo("Nadia Ferro");
        assertThat(a.speakerOf("pays for itself")).isEqualTo("Tomas Reyes");
    }

    @Test
    void aQuestionAListOrAnAskedForThingAfterTheColonIsNoStatement() {
        Analyses a = Analyses.of(DINNER);
        assertThat(a.claimWith("which job goes first")).isEmpty();
        assertThat(a.claimWith("welding, painting")).isEmpty();
        assertThat(a.claimWith("no talk of prices")).isEmpty();
    }

    @Test
    void theSubjectBeforeALongAsideSpeaksNotANameInsideIt() {
        Analyses a = Analyses.of("""
                Tomas Reyes, founder of Quillmark Robotics, spoke first. Reyes said hand-built grippers are on the way out.

                The 52-year-old, a former aerospace engineer who left a defence contractor to found Quillmark, told the audience that night shifts will be automated within three years.

                Nadia Ferro runs automation at Halden Foods. Ferro, who is known as Nadia Ferro-Blanc in Milan, where she started her career in logistics, did agree with Reyes that pickers are hard to replace.
                """);
        assertThat(a.speakerOf("night shifts will be automated")).isEqualTo("Tomas Reyes");
        assertThat(a.speakerOf("pickers are hard to replace")).isEqualTo("Nadia Ferro");
        assertThat(a.speakerNames()).doesNotContain("Milan");
    }

    @Test
    void aPersonNamedByTheirPositionAnswersAfterTheColonAndSpeaksPastABriefAside() {
        Analyses a = Analyses.of("""
                On stage were Omar Lindqvist, a partner at Sable Ventures, and Nadia Ferro, head of automation at Halden Foods.

                Asked what holds robotics back, Ferro said training data. The Sable partner, the only investor on stage, gave a blunt answer: permits.

                Asked for the odds of a humanoid in every warehouse by 2030, Ferro said 20%. The partner, last again, said 35%.
                """);
        assertThat(a.speakerOf("gave a blunt answer: permits")).isEqualTo("Omar Lindqvist");
        assertThat(a.speakerOf("last again, said 35%")).isEqualTo("Omar Lindqvist");
    }
}

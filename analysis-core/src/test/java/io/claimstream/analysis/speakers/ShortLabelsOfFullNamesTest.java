package io.claimstream.analysis.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A roundup or a script introduces each person once in full and then labels their answers by something shorter that
 * is not simply a part of the name: an initial before a surname two siblings share ("M. Brandt"), a nickname the
 * introduction quotes inside the name ("Babajide \"Jide\" Okafor" answering as "Jide:"), the second half of a
 * hyphenated given name ("Anh-Thu Pham" as "Thu:"). Each label is the person it abbreviates.
 */
class ShortLabelsOfFullNamesTest {

    private static final String ROUNDUP = """
            We put three questions to two people who build robots.

            - Rasmus Halvorsen, head of hardware at Tindra Motion
            - Babajide "Jide" Okafor, founder of Lagoon Robotics

            Will humanoid robots sell in volume by 2030?

            Jide: Yes, because warehouses will buy anything that lifts boxes at night without a break.

            Which part of the robot is hardest?

            Rasmus Halvorsen: The actuators, which still fail long before the rest of the machine does.

            Jide: The hands, and anybody who says otherwise has never tried to build one that lasts.
            """;

    @Test
    void aNicknameQuotedInsideTheNameLabelsThatPerson() {
        Analyses a = Analyses.of(ROUNDUP, "2026-10-01");
        assertThat(a.speakerOf("warehouses will buy anything")).isEqualTo("Babajide Okafor");
        assertThat(a.speakerNames()).doesNotContain("Jide");
        assertThat(a.speakerNamed("Babajide Okafor").aliases()).contains("Jide");
    }

    private static final String SIBLINGS = """
            Two siblings, two labs, one question each.

            - Oskarine Brandt leads robotics at Fennel Works.
            - Magnus Brandt, her brother, is chief scientist of Pallas AI.

            Will inference get cheaper next year?

            Oskarine Brandt: Yes, because the new accelerators ship in volume from March.

            Magnus Brandt: No, because demand for agents will grow faster than supply of memory.

            Who are you hiring?

            O. Brandt: Mechanical engineers who can write firmware, and we still cannot find enough of them.

            M. Brandt: Reinforcement-learning researchers, who remain the scarcest people in the whole field.
            """;

    @Test
    void anInitialBeforeASharedSurnameIsTheSiblingWhoseGivenNameItOpens() {
        Analyses a = Analyses.of(SIBLINGS, "2026-10-01");
        assertThat(a.speakerOf("Mechanical engineers who can write firmware")).isEqualTo("Oskarine Brandt");
        assertThat(a.speakerOf("Reinforcement-learning researchers")).isEqualTo("Magnus Brandt");
    }

    private static final String HYPHENATED = """
            Anh-Thu Pham, who designs memory controllers at Corvel Semiconductor, walks us through the lab.

            Interviewer: Why does packaging matter now?

            Thu: Because the memory has to sit right next to the compute, and only advanced packaging puts it there.

            Interviewer: And next year?

            Thu: Our packaging line is sold out until 2028, and two of our new customers never designed chips before.
            """;

    @Test
    void theSecondHalfOfAHyphenatedGivenNameLabelsItsBearer() {
        Analyses a = Analyses.of(HYPHENATED, "2026-10-01");
        assertThat(a.speakerOf("Our packaging line is sold out until 2028")).isEqualTo("Anh-Thu Pham");
        assertThat(a.speakerNames()).doesNotContain("Thu");
    }

    private static final String HANDLE = """
            Rosa Okoye ("bytewitch") maintains the Fernwood open-weights project from a flat in Leeds.

            Interviewer: Why stay anonymous for so long?

            BYTEWITCH: Because a licence change once brought strangers to my door, and open weights still make people angry.

            Interviewer: Will open models catch up?

            BYTEWITCH: I'd put even odds on an open model matching the best closed one at coding by 2028.
            """;

    @Test
    void aHandleQuotedInBracketsAfterTheNameLabelsItsBearer() {
        Analyses a = Analyses.of(HANDLE, "2026-10-01");
        assertThat(a.speakerOf("even odds on an open model")).isEqualTo("Rosa Okoye");
    }

    private static final String SCRIPT = """
            Professor Harold "Skip" Vance, who taught compilers for forty years, sits by the window.

            Interviewer: What did your students build?

            SKIP VANCE: Machines that none of us understand, and I think that should worry all of us a great deal.
            """;

    @Test
    void aNicknameBeforeTheSurnameLabelsThePersonByTheirFullName() {
        Analyses a = Analyses.of(SCRIPT, "2026-10-01");
        assertThat(a.speakerOf("Machines that none of us understand")).isEqualTo("Harold Vance");
    }
}

package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/** "X reminded the audience that …" and '"…," he joked, "…"' report what somebody said, as "said" does. */
class ReminderAndJokeTest {

    @Test
    void aReminderReportsWhatWasSaid() {
        Analyses a = Analyses.of("""
                Panel report

                Omar Tesfaye, a professor at the Addis Institute, spoke on the second day. Tesfaye reminded the audience \
                that most students in the region have never trained a model on a real cluster.

                The chair, Lucia Ferro, then reminded speakers to keep to four minutes.
                """);
        assertThat(a.speakerOf("most students in the region have never trained")).isEqualTo("Omar Tesfaye");
        assertThat(a.claimWith("keep to four minutes")).as("a reminder to do something reports nothing").isEmpty();
    }

    @Test
    void aJokeReportsWhatWasSaid() {
        Analyses a = Analyses.of("""
                Panel report

                Omar Tesfaye, a professor at the Addis Institute, spoke on the second day.

                "Our lab still runs on borrowed laptops," he joked, "but next year every student will have a real GPU."
                """);
        assertThat(a.speakerOf("every student will have a real GPU")).isEqualTo("Omar Tesfaye");
    }
}

package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * What a host puts to the guest to confirm or weigh: a tag question, an answer said back, what everybody says; and
 * the room talk around a session (the guest called up, the clock, a quick round, the timetable). The host's marked
 * views and the guest's short answers stay claims.
 */
class AskingTurnsTest {

    private static final String INTERVIEW = """
            Host: Welcome to the show. Our guest is Mira Olsen, who runs the robotics lab at Tallin Works.

            Host: What does a warehouse robot cost you to run?

            Guest: About four euros an hour, most of it electricity and spare grippers.

            Host: That is a good deal for you, isn't it?

            Guest: For now. The lease ends in 2027 and the next one will cost more.

            Host: Everyone says robots will take the night shifts first. Do you see that?

            Guest: Yes, without hesitation. Night shifts are where people are hardest to hire.

            Host: So the robots are hiring themselves.

            Guest: In a way. Our planner schedules its own maintenance windows.

            Host: I think the unions will fight this harder than you expect. What then?

            Guest: They might. We share the savings with the staff who stay.

            Host: In five years every port will run robots at night, right?

            Guest: Most of them, and that has kept every site calm so far.
            """;

    @Test
    void aTagQuestionClosingTheHostsTurnAsks() {
        Analyses a = Analyses.of(INTERVIEW);
        assertThat(a.claimWith("a good deal for you")).isEmpty();
        assertThat(a.claimWith("the next one will cost more")).isPresent();
    }

    @Test
    void whatEveryoneSaysIsTheQuestionsPremiseAndTheShortAnswerIsAClaim() {
        Analyses a = Analyses.of(INTERVIEW);
        assertThat(a.claimWith("robots will take the night shifts first")).isEmpty();
        assertThat(a.claimWith("Night shifts are where people are hardest to hire")).isPresent();
    }

    @Test
    void anAnswerSaidBackToBeConfirmedIsNoClaim() {
        Analyses a = Analyses.of(INTERVIEW);
        assertThat(a.claimWith("the robots are hiring themselves")).isEmpty();
        assertThat(a.claimWith("schedules its own maintenance windows")).isPresent();
    }

    @Test
    void theHostsMarkedViewStaysTheirs() {
        Analyses a = Analyses.of(INTERVIEW);
        assertThat(a.claimWith("the unions will fight this harder")).isPresent();
        assertThat(a.claimWith("every port will run robots at night")).isPresent();
    }

    @Test
    void theStatementAfterAQuestionOfAFewWordsSaysWhatItAsksAbout() {
        Analyses a = Analyses.of("""
                Host: How many robots run at night now?

                Guest: Forty, out of sixty. The rest charge.

                Host: And the batteries? Lithium prices doubled again in May.

                Guest: Batteries are the one cost we cannot plan, so we lease them by the hour.

                Host: Only forty? I would have guessed all sixty.

                Guest: Night work is still slower, because the aisles are darker than our cameras like.

                Host: Will you add more cameras?

                Guest: Next year, on every aisle.

                Host: What does that cost?

                Guest: About a tenth of what the robots cost.
                """);
        assertThat(a.claimWith("Lithium prices doubled")).isEmpty();
        assertThat(a.claimWith("I would have guessed all sixty")).isEmpty();
        assertThat(a.claimWith("we lease them by the hour")).isPresent();
        assertThat(a.claimWith("the aisles are darker")).isPresent();
    }

    @Test
    void aGuestWhoAsksBackNowAndThenIsNoHost() {
        Analyses a = Analyses.of("""
                Host: What is the hardest part of the job?

                Guest: Hiring. Who wants to read failed runs all day? Almost nobody, and those who do become our best people.

                Host: How do you find them?

                Guest: Through our open-source repository, mostly. The people who send good fixes get an interview.
                """);
        assertThat(a.claimWith("those who do become our best people")).isPresent();
    }

    @Test
    void aWelcomeAfterGreetingEveryoneIsAGreetingHoweverLong() {
        Analyses a = Analyses.of("""
                Host: Good evening, everyone, and welcome to the third evening session of this year's Lakeside robotics week in Geneva.

                Guest: Thank you. Most warehouse robots still fail on reflective floors, and nobody talks about it.
                """);
        assertThat(a.claimWith("welcome to the third evening session")).isEmpty();
        assertThat(a.claimWith("fail on reflective floors")).isPresent();
    }

    @Test
    void theTimetableTheQuickRoundTheCallToTheStageAndTheClockAreRoomTalk() {
        Analyses a = Analyses.of("""
                Moderator: Our first guest has flown in from Oslo this morning: Dr. Berg, please come up.

                Guest: Thank you. Most fleets still lose a fifth of their robots to gripper faults each year.

                Moderator: I could go on for hours, but the organisers are pointing at the clock.

                Moderator: Before you go, a quick round: one word per answer.

                Guest: Fine. Grippers will be solved before batteries are.

                Moderator: Thank you. The next session begins at three in the east hall.
                """);
        assertThat(a.claimWith("please come up")).isEmpty();
        assertThat(a.claimWith("pointing at the clock")).isEmpty();
        assertThat(a.claimWith("one word per answer")).isEmpty();
        assertThat(a.claimWith("begins at three in the east hall")).isEmpty();
        assertThat(a.claimWith("lose a fifth of their robots")).isPresent();
        assertThat(a.claimWith("Grippers will be solved before batteries")).isPresent();
    }
}

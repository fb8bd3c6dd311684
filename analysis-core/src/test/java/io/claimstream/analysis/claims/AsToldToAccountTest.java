package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import io.claimstream.contracts.Claim;
import org.junit.jupiter.api.Test;

/**
 * An account "as told to" a journalist is its subject's, in the first person: the standfirst introduces them by name
 * and age, or as the one the conversation was with, and the journalist who wrote it down holds none of it.
 */
class AsToldToAccountTest {

    @Test
    void theFirstPersonIsThePersonTheStandfirstIntroduces() {
        Analyses a = Analyses.of("""
                MY JOB

                Tariq Bellamy, 52, runs the robotics lab at a car plant in Coventry. He spoke to Ines Farrow.

                I have worked on the line since I was nineteen.

                Robots that learn from video will replace most of our fixed arms within five years.

                Plants should retrain their welders before they buy the robots.

                As told to Ines Farrow.
                """);
        assertThat(a.speakerOf("replace most of our fixed arms")).isEqualTo("Tariq Bellamy");
        assertThat(a.speakerOf("retrain their welders")).isEqualTo("Tariq Bellamy");
        assertThat(a.doc().claims()).extracting(Claim::text).noneMatch(t -> t.contains("As told to"));
        assertThat(a.speakerNames()).doesNotContain("Ines Farrow");
    }

    @Test
    void aConversationWithNamesTheNarratorOfAnAsToldToEssay() {
        Analyses a = Analyses.of("""
                This as-told-to essay is based on a conversation with Mireille Okonjo, a 38-year-old data engineer
                in Lagos. It has been edited for length.

                I think most companies still have no idea what their data is worth.

                By 2028 every bank here will run its own small model.
                """);
        assertThat(a.speakerOf("every bank here will run")).isEqualTo("Mireille Okonjo");
    }
}

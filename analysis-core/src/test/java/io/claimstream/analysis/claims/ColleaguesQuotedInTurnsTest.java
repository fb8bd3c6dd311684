package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A speaker who passes on, inside their own turn, what a colleague, a teacher or a rival said: the words are the
 * person's whom the speaker quotes, however the speaker frames them ("my co-founder … likes to say that", "said …,
 * and I quote:", "as my director, …, put it", "says it more bluntly:", "his answer was:"), and that person becomes a
 * speaker with the position the speaker gives them; the speaker's own verdict around the quotation stays theirs.
 */
class ColleaguesQuotedInTurnsTest {

    private static Analyses turn(String answer) {
        return Analyses.of("""
                Ravi Kumar: Welcome, Mina Soto of Tessel Robotics. How does your team see the market?
                Mina Soto: %s
                Ravi Kumar: Thank you.
                """.formatted(answer));
    }

    @Test
    void aCoFounderTheSpeakerIntroducesHoldsWhatHeLikesToSay() {
        Analyses a = turn("My co-founder Anton Petrak likes to say that a robot demo is a promise you cannot refund. "
                + "I think the warehouse market will prove him wrong by 2028.");
        assertThat(a.speakerOf("a robot demo is a promise")).isEqualTo("Anton Petrak");
        assertThat(a.speakerOf("prove him wrong")).isEqualTo("Mina Soto");
        assertThat(a.speakerNamed("Anton Petrak").role()).isEqualTo("co-founder");
        assertThat(a.speakerNamed("Anton Petrak").affiliations()).contains("Tessel Robotics");
    }

    @Test
    void aColleagueNamedBeforeTheirPositionHoldsWhatTheyLikeToSayWithoutQuotationMarks() {
        Analyses a = turn("Honestly, the margins are thin. Tomas Halvorsen, our CEO, likes to say that the price war is "
                + "a fee we pay for staying in the market at all. I agree with him on the first half: it is a fee.");
        assertThat(a.speakerOf("the price war is a fee we pay")).isEqualTo("Tomas Halvorsen");
        assertThat(a.speakerOf("I agree with him on the first half")).isEqualTo("Mina Soto");
    }

    @Test
    void aRuleAFormerBossKeptIsTheBossesViewEvenBehindTwoAsides() {
        Analyses a = turn("My first editor at Kestrel Labs, Marguerite Oyelaran, everybody called her Mags, had a rule "
                + "that a benchmark nobody outside the lab can rerun is an advertisement, not a result. I still follow it.");
        assertThat(a.speakerOf("is an advertisement, not a result")).isEqualTo("Marguerite Oyelaran");
    }

    @Test
    void andIQuoteHandsTheQuotedWordsToWhomTheSentenceNames() {
        Analyses a = turn("Tomas Berg said in his lecture on Monday, and I quote: \"no benchmark survives contact "
                + "with a marketing team.\" I think he is far too cynical about evaluation.");
        assertThat(a.speakerOf("no benchmark survives")).isEqualTo("Tomas Berg");
        assertThat(a.speakerOf("far too cynical")).isEqualTo("Mina Soto");
    }

    @Test
    void asMyDirectorPutItGivesTheQuotationToTheDirector() {
        Analyses a = turn("As my director, Leila Haddad, put it, \"a gripper that drops one box in a thousand "
                + "is a gripper nobody buys.\" That is why we test for months.");
        assertThat(a.speakerOf("a gripper that drops one box")).isEqualTo("Leila Haddad");
        assertThat(a.speakerNamed("Leila Haddad").role()).isEqualTo("director");
    }

    @Test
    void howTheColleagueWordedItBeforeAColonIsNoViewOfTheSpeakers() {
        Analyses a = turn("My chief engineer, Oskar Lind, says it more bluntly: \"if we copy the big labs, we "
                + "are only a slower copy of them.\"");
        assertThat(a.speakerOf("a slower copy of them")).isEqualTo("Oskar Lind");
        Analyses b = turn("My old friend Oskar Lind put it this way: \"every arm we sell is a ten-year service "
                + "contract.\"");
        assertThat(b.speakerOf("ten-year service contract")).isEqualTo("Oskar Lind");
        assertThat(b.speakerNamed("Oskar Lind").affiliations()).doesNotContain("Tessel Robotics");
    }

    @Test
    void hisAnswerAfterTheSpeakerAskedHimIsHis() {
        Analyses a = turn("I asked Paulo Reis about open robot models last spring. His answer was: \"the models "
                + "are free, the fleet data is the product.\" I disagree with him.");
        assertThat(a.speakerOf("the fleet data is the product")).isEqualTo("Paulo Reis");
        Analyses b = turn("Paulo Reis's argument at the time was that humanoids will stay a lab toy until 2030. "
                + "I am less sure.");
        assertThat(b.speakerOf("humanoids will stay a lab toy")).isEqualTo("Paulo Reis");
    }

    @Test
    void aPersonTheHostAsksAboutIsNamedWithoutTheQuestionsVerb() {
        Analyses a = Analyses.of("""
                Ravi Kumar: Does Anton Petrak agree with that? I heard your co-founder was against the launch.
                Mina Soto: Anton was against it for a month. His argument at the time was, and I quote him, \
                "a launch we cannot support is a launch that ends the company." I think he was wrong.
                """);
        assertThat(a.speakerOf("a launch we cannot support")).isEqualTo("Anton Petrak");
        assertThat(a.speakerOf("he was wrong")).isEqualTo("Mina Soto");
        assertThat(a.speakerNames()).contains("Anton Petrak").doesNotContain("Does Anton Petrak");
    }

    @Test
    void whatUnnamedPeopleSayAndWhatTheSpeakerTakesUpStayTheSpeakers() {
        Analyses a = turn("People say that open robot models will win the warehouse market. Some investors told me "
                + "that humanoids are a fad. As Oskar Lind likes to say, the gripper is the whole product.");
        assertThat(a.speakerOf("will win the warehouse market")).isEqualTo("Mina Soto");
        assertThat(a.speakerOf("humanoids are a fad")).isEqualTo("Mina Soto");
        assertThat(a.speakerOf("the gripper is the whole product")).isEqualTo("Mina Soto");
    }

    @Test
    void aFirstPersonWritersOwnIAfterARelayedRemarkIsTheWritersAgain() {
        Analyses a = Analyses.of("""
                # Why we still build grippers

                By Mina Soto

                I founded Tessel Robotics in 2019, and I have spent seven years on warehouse arms. I think most of \
                the industry is chasing the wrong problem.

                Paulo Reis told me last week that humanoids will stay a lab toy until 2030. I am less sure of that \
                date than he is.
                """);
        assertThat(a.speakerOf("a lab toy until 2030")).isEqualTo("Paulo Reis");
        assertThat(a.claimWith("less sure of that date").map(c -> a.speaker(c.speakerId()).name()))
                .isNotEqualTo(java.util.Optional.of("Paulo Reis"));
    }
}

package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Automatic captions drop question marks; the questions still are not claims. */
class UnmarkedQuestionsTest {

    @Test
    void questionsWithoutTheirMark() {
        assertThat(Questions.isUnmarkedQuestion("why do the racks still run hot in winter")).isTrue();
        assertThat(Questions.isUnmarkedQuestion("uh so is that a pricing thing or a supply thing")).isTrue();
        assertThat(Questions.isUnmarkedQuestion("so are small labs keeping up or not")).isTrue();
        assertThat(Questions.isUnmarkedQuestion("and the new tariffs, do they touch your fabs")).isTrue();
        assertThat(Questions.isUnmarkedQuestion("somebody asks should students still learn compilers")).isTrue();
        // a chat message: a filler closed by its own full stop, then the question
        assertThat(Questions.isUnmarkedQuestion("ok. which vendor would you each pick, one word")).isTrue();
    }

    @Test
    void statementsAndMarkedSentencesAreNot() {
        assertThat(Questions.isUnmarkedQuestion("what we saw was a supply problem.")).isFalse();
        assertThat(Questions.isUnmarkedQuestion("the racks run hot because the fans are cheap")).isFalse();
        assertThat(Questions.isUnmarkedQuestion("memory is the bottleneck, it will stay that way")).isFalse();
        assertThat(Questions.isUnmarkedQuestion("Why do the racks run hot?")).isFalse(); // a marked one is read as such elsewhere
    }
}

package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.claimstream.analysis.Analyses;
import io.claimstream.analysis.speakers.Person;
import io.claimstream.analysis.speakers.PersonRegistry;
import io.claimstream.analysis.text.Token;
import io.claimstream.contracts.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a first reading of a profile, a panel report or a panel transcript takes for claims and is not: careers told
 * as background, notes on how the piece was made, the writer's narration of the room, the host's talk about the
 * occasion, and a question the writer reports after what somebody noted.
 */
class FirstContactNonClaimsTest {

    private final PersonRegistry people = new PersonRegistry();
    private final NonClaims nonClaims = new NonClaims(people);

    private String reason(String sentence) {
        Person speaker = people.register("Ben Ortega", Person.Kind.PERSON);
        return nonClaims.reason(sentence, tokens(sentence), speaker);
    }

    private static List<Token> tokens(String sentence) {
        return RoughTokens.of(sentence, word -> true);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // careers: the tenure is the predicate
            "Before that he spent four years at a battery maker in Ulsan and a year running a pilot line at Korvel.",
            "Before the bank I spent seven years with a consultancy in Lagos.",
            "Ada Kim, 52, spent two decades at Philips Research.", "Oduya joined Tessellate in 2024 as its head of research.",
            "Previously, she led the compiler group at a chip start-up.",
            // how the piece was made and where its source is
            "The conversation was recorded in Cantonese.", "The answers below are our translation.",
            "This write-up was put together by the desk from the livestream.",
            "Episode 41 of Rack Talk is available on all podcast apps.",
            "The expo continues on Thursday with a day on robotics.", "Our reporters will publish more coverage tonight.",
            // the room narrated
            "The interviewer pressed him twice on the launch date.",
            "Half of the room applauded the answer, and the chair smiled.",
            "The host ended the evening by thanking the sponsors.",
            "Ada left for a board meeting; the other two stayed on stage for an hour, arguing about licences.",
            "Reached on Sunday, an aide said only that the minister \"reads every report.\"",
            // the occasion itself
            "Lunch is in the atrium, and the vegetarian trays go first.",
            "The tea ran out at noon, so bear with me.", "There was meant to be free coffee at this summit.",
            "We will try to keep this short.",
            "We'll bring the three of you back in a year and see who got it right.",
            "We'll post your forecasts online so we can check them in 2028.",
            "I'm a lawyer, so I'll pretend I didn't hear that.",
            "I won't argue with the person who signs my cheques.",
            "The senator is welcome to visit our plant any time.",
            // reactions and family
            "Those are bold forecasts.", "That's more bullish than I expected from a regulator.",
            "I have three daughters who want to be doctors.",
            // a story's scene and the hour of the speaker's night
            "It was February, the generator died, and we lost the whole run.",
            "No ship sank, but the harbour master rang me at five in the morning, and it was not a pleasant call.",
            // a show's credits and footer
            "*Tideline is a production of Harbour Audio.*", "Views expressed by guests are their own."})
    void claimsNothing(String sentence) {
        assertThat(reason(sentence)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The engineers we hired last year had spent five years in Germany.",
            "She spent four months on red-teaming before the release.",
            "We spent two years at the frontier and learned that data matters more than size.",
            "Before 2020, chips were cheap and nobody planned for a shortage.",
            "The audience for coding agents is every enterprise with a backlog.",
            "Inference prices ran out of room to fall, so margins will shrink.",
            "There is no free lunch in scaling: every gain costs compute.",
            "Those are cheap to build compared with a training run.",
            "The interview process at most labs rewards puzzles over judgement.",
            "Half of the senior staff left for a rival lab in March.",
            "Open models are welcome to compete, but they will need better evaluations.",
            "It was the first year that open models beat the closed ones on coding.",
            "A technician who has fixed a robot at three in the morning knows more than most reviewers."})
    void keepsClaimsThatLookAlike(String sentence) {
        assertThat(reason(sentence)).isNull();
    }

    private static final String REPORT = """
            Agents at the Harbour Forum

            The moderator, Ada Kim, opened with costs. She noted that nearly every lab at the forum now sells an agent, \
            and asked which of those agents any customer would pay for.

            Ben Ortega said the first paid agents will handle invoices. "Everyone wants a robot colleague. But someone \
            has to pay for the tokens," he said, laughing.
            """;

    @Test
    void aQuestionReportedAfterAndIsCutFromTheClaimBeforeIt() {
        Analyses a = Analyses.of(REPORT);
        Claim noted = a.claimWith("nearly every lab at the forum now sells an agent").orElseThrow();
        assertThat(noted.text()).doesNotContain("asked");
        assertThat(a.doc().claims()).noneMatch(c -> c.text().contains("which of those agents"));
    }

    @Test
    void wordsTheWriterFramesAsAJokeClaimNothing() {
        Analyses a = Analyses.of(REPORT);
        assertThat(a.doc().claims()).noneMatch(c -> c.text().contains("pay for the tokens"));
        assertThat(a.claimWith("first paid agents will handle invoices")).isPresent();
    }
}

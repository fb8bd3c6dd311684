package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import io.claimstream.contracts.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a printed piece sets apart from anybody's words (a translator's bracketed note, a photo or table caption, the
 * writer's signature, numbered endnotes, an e-mail's footer and chrome, a refusal, what the subject did), and two shapes
 * of a panel that assert though they look like no claim: a bare score in a round asked "out of ten", and a vocative
 * before the speaker's own advice.
 */
class NotesCaptionsAndPointsTest {

    private final NonClaimReasons reasons = new NonClaimReasons();

    @ParameterizedTest
    @ValueSource(strings = {"If your email client cuts this off, open it in the browser.",
            "Trouble reading? View this issue in your browser.",
            "If this was useful, forward it to a colleague who would enjoy it.",
            "Like 👍 Share ↗ Wow ✨ — tap the button so more readers find this post",
            "Reprinting in any form without written permission is not permitted.",
            "This message and any attachments are confidential and intended solely for the addressee.",
            "The breakout sessions will resume in Room 4 at half past two.",
            // refusals and the room thanked, which answer and claim nothing
            "She would not say whether the company is profitable.", "He would not say, beyond \"sooner than you think\".",
            "I do not know enough about batteries.", "I know it is late on a Friday, so thank you all for staying.",
            // what the subject did, told with nothing said in it
            "Ada conceded the point with a shrug.", "Ben listed three mistakes, unprompted.",
            // a printed interview's dashes open the interviewer's turn and change nothing of what it says
            "—— Let us talk about delivery robots.", "— Thank you very much."})
    void recognisesAPagesFootersAndChrome(String sentence) {
        assertThat(reasons.of(sentence)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Email clients are a terrible place to read long analysis, and most readers skim.",
            "If the model is useful, customers will share it with their suppliers within a year.",
            "Copying a rival's model without permission is prohibited by most licences, and labs enforce it.",
            "Our paid sessions will begin in Europe next year, priced per finished task.",
            "She would not say whether prices will fall, but said that margins doubled this year.",
            "I do not know enough engineers in Lagos to staff a second team there, so we hire remotely.",
            "Ada conceded that the chips will be late by a quarter.",
            "—— Delivery robots will share the pavement with us within five years, I am sure."})
    void keepsClaimsThatLookLikeChrome(String sentence) {
        assertThat(reasons.of(sentence)).isNull();
    }

    private static final String FEATURE = """
            Rooftop Robots bets on the night shift

            Interview: Ilse Varga / Photographs: Tom Reyes

            Varga: Our arms now run every night in four bakeries, and the bakers trust them more than the old ovens.

            Varga: I think every city bakery will run one by 2030 (TN: she used the word for a kitchen hand, not a machine.)

            (TN: the bakery owners in the room applauded at this point.)

            (Photo caption) Varga beside an arm in the Dorfmark bakery at four in the morning.

            Table 2: Arms installed per quarter, 2025 (by site)

            | Site | Arms |
            | Dorfmark | 12 |

            Varga: The margins are thin, but they are real, and they grow with every site.

            — Ilse Varga
            """;

    private static final String DECISION = """
            Decision on the acquisition of Dorfmark Ovens by Rooftop Robots

            1. Rooftop Robots told the Office that its arms compete with human bakers rather than with other ovens.[1]

            2. Dorfmark Ovens said that night-shift arms will replace most bakery ovens in the city by 2030.[2]

            ENDNOTES

            1. Rooftop Robots' own figures, shared with the Office.

            2. See the Office's guidance on the weight given to the parties' own documents.
            """;

    @Test
    void notesCaptionsSignaturesAndEndnotesAreNoClaims() {
        Analyses a = Analyses.of(FEATURE);
        assertThat(a.claimWith("bakery owners in the room applauded")).isEmpty();
        assertThat(a.claimWith("beside an arm in the Dorfmark bakery")).isEmpty();
        assertThat(a.claimWith("Arms installed per quarter")).isEmpty();
        assertThat(a.doc().claims()).noneMatch(c -> c.text().strip().equals("Ilse Varga"));
        assertThat(a.claimWith("the bakers trust them more")).isPresent();
        assertThat(a.claimWith("they grow with every site")).isPresent();
    }

    @Test
    void numberedEntriesUnderEndnotesAreNotes() {
        Analyses a = Analyses.of(DECISION);
        assertThat(a.claimWith("shared with the Office")).isEmpty();
        assertThat(a.claimWith("the weight given to the parties")).isEmpty();
        assertThat(a.claimWith("will replace most bakery ovens")).isPresent();
    }

    private static final String ROUND = """
            Host: Last round. Give me a score out of ten for how likely each one is. First: by 2029, a robot bakes bread unsupervised for a month.

            Rina: Seven.

            Omar: Four.

            Host: Second: by 2029, a city bans delivery robots from pavements.

            Omar: Six.

            Rina: Two.
            """;

    @Test
    void bareScoresInARoundAskedOutOfTenAreOdds() {
        Analyses a = Analyses.of(ROUND, "2026-03-15");
        assertThat(a.claimWith("Seven")).map(Claim::type).contains("prediction");
        assertThat(a.claimWith("Four")).isPresent();
        assertThat(a.claimWith("Six")).isPresent();
        assertThat(a.claimWith("Two")).isPresent();
    }

    @Test
    void aBareScoreOutOfTenIsTenTimesItsFigureInPercent() {
        Analyses a = Analyses.of(ROUND, "2026-03-15");
        assertThat(a.claimWith("Seven")).map(c -> c.prediction().probability()).contains(0.7);
        assertThat(a.claimWith("Four")).map(c -> c.prediction().probability()).contains(0.4);
        assertThat(a.claimWith("Two")).map(c -> c.prediction().probability()).contains(0.2);
    }

    private static final String PANEL = """
            Moderator: Dr. Okafor, should the cloud companies give universities free compute?

            Dr. Okafor: They should. Ms. Lind, I would suggest that your cloud set aside a tenth of its idle night capacity for universities.

            Ms. Lind: That is generous with my servers.
            """;

    @Test
    void aVocativeBeforeTheSpeakersOwnAdviceIsAClaim() {
        Analyses a = Analyses.of(PANEL);
        assertThat(a.speakerOf("set aside a tenth of its idle night capacity")).isEqualTo("Okafor");
    }
}

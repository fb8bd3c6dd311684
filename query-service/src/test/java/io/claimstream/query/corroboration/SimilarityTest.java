package io.claimstream.query.corroboration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SimilarityTest {

    private final Similarity similarity = new Similarity(0.6, 4);

    @Test
    void reportedAndDirectSpeechOfOneRemarkMatch() {
        var direct = StatementTerms.of("Open models will close the gap with closed models within two years.");
        var reported = StatementTerms.of("She said that open models would close the gap with the closed ones in two years.");
        assertThat(similarity.same(direct, reported)).isTrue();
    }

    @Test
    void differentRemarksOnOneSubjectDoNot() {
        var one = StatementTerms.of("Open models will close the gap with closed models within two years.");
        var other = StatementTerms.of("Closed labs keep their best models for internal research first.");
        assertThat(similarity.same(one, other)).isFalse();
    }

    @Test
    void aLongQuoteAndItsParaphraseMatchOnManySharedTerms() {
        var quote = StatementTerms.of("Agent products need better memory, planning, tool use, evaluation, pricing and "
                + "distribution, according to founders who build them daily across Europe, Asia and America on modest budgets.");
        var paraphrase = StatementTerms.of("Memory, planning, tool use, evaluation, pricing and distribution decide whether "
                + "agent products win, she told investors gathered in Singapore at the annual venture conference on robotics hardware.");
        assertThat(similarity.overlap(quote, paraphrase)).isBetween(0.3, 0.6);
        assertThat(similarity.same(quote, paraphrase)).isTrue();
    }

    @Test
    void functionWordsAndVerbsOfSayingCarryNoContent() {
        assertThat(StatementTerms.of("She said that it is what they think")).isEmpty();
    }

    @Test
    void stemsJoinInflections() {
        assertThat(StatementTerms.stem("scaling")).isEqualTo(StatementTerms.stem("scale"));
        assertThat(StatementTerms.stem("continuous")).isEqualTo(StatementTerms.stem("continued"));
        assertThat(StatementTerms.stem("capabilities")).isEqualTo(StatementTerms.stem("capability"));
        assertThat(StatementTerms.stem("2027")).isEqualTo("2027");
    }

    @Test
    void tooFewSharedTermsIsNoMatchHoweverHighTheShare() {
        var a = StatementTerms.of("Compute matters.");
        var b = StatementTerms.of("Compute matters most.");
        assertThat(similarity.overlap(a, b)).isEqualTo(1.0);
        assertThat(similarity.same(a, b)).isFalse();
    }
}

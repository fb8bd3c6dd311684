package io.claimstream.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.claimstream.contracts.Span;
import org.junit.jupiter.api.Test;

class NlpTest {

    private static final Nlp NLP = new Nlp(NlpModels.load());

    private static Token word(String sentence, String word) {
        List<Token> tokens = NLP.tokens(sentence, new Span(0, sentence.length()));
        return tokens.stream().filter(t -> t.text().equals(word)).findFirst().orElseThrow();
    }

    @Test
    void aVerbThatIsAlsoANounIsAVerbBeforeItsObjectPronoun() {
        assertThat(word("Each outage cost us roughly a day of revenue.", "cost").isVerbal()).isTrue();
        assertThat(word("Every rewrite cost us about a month.", "cost").isVerbal()).isTrue();
        assertThat(word("Each rewrite cost them roughly two weeks.", "cost").isVerbal()).isTrue();
    }

    @Test
    void aNounBeforeAPossessiveOrAPrepositionStaysANoun() {
        assertThat(word("The cost of the audit fell by half.", "cost").isVerbal()).isFalse();
        assertThat(word("We shipped the model her lab built.", "model").isVerbal()).isFalse();
        assertThat(word("The outage left us a day behind.", "outage").isVerbal()).isFalse();
    }

    @Test
    void aVerbOfSayingThatIsAlsoANounIsTheVerbAfterAName() {
        assertThat(word("Okafor claims the chip draws half the power of its rival.", "claims").isVerbal()).isTrue();
        assertThat(word("Lindqvist argues that audits should be public.", "argues").isVerbal()).isTrue();
        assertThat(word("The insurance claims rose in March.", "claims").isVerbal()).isFalse();
    }
}

package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A habit of saying something ("likes to say that", "is fond of saying", "never tires of saying"), or a manner of
 * saying it ("was careful to say"), is saying it, without quotation marks as much as with them.
 */
class HabitsOfSayingTest {

    @Test
    void aHabitOfSayingIsSaying() {
        Analyses a = Analyses.of("""
                I co-founded the firm in 2019. Tomas Brandt likes to say that the product is really a search engine with a chat window. \
                Brandt is fond of saying that no customer ever asked for a bigger model. He never tires of saying that hardware is the moat.
                """);
        assertThat(a.speakerOf("really a search engine")).isEqualTo("Tomas Brandt");
        assertThat(a.speakerOf("no customer ever asked")).isEqualTo("Tomas Brandt");
        assertThat(a.speakerOf("hardware is the moat")).isEqualTo("Tomas Brandt");
    }

    @Test
    void beingCarefulToSayIsSaying() {
        Analyses a = Analyses.of("""
                Ines Okonkwo was careful to say "likely", not "certain", and she put her own confidence at about 70%.
                """);
        assertThat(a.speakerOf("her own confidence at about 70%")).isEqualTo("Ines Okonkwo");
    }
}

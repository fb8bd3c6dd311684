package io.claimstream.embeddings;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The packaged model, loaded from the class path, on sentences written for this test. */
class MiniLmEmbedderTest {

    private final SentenceEmbedder embedder = MiniLmEmbedder.shared();

    @Test
    void paraphrasesAreCloserThanUnrelatedSentences() {
        float[] question = embedder.embed("Which chip makers supply the data centres?");
        float[] paraphrase = embedder.embed("Who provides the GPUs used in server farms?");
        float[] unrelated = embedder.embed("The cafe on the corner bakes bread every morning.");
        assertThat(Vectors.dot(question, paraphrase)).isGreaterThan(Vectors.dot(question, unrelated) + 0.2);
    }

    @Test
    void vectorsAreUnitLengthDeterministicAndBatchesAgree() {
        String text = "Small teams ship research faster than large ones.";
        float[] one = embedder.embed(text);
        assertThat(one).hasSize(MiniLmEmbedder.DIMENSIONS);
        assertThat(Vectors.dot(one, one)).isCloseTo(1.0, within(1e-4));
        assertThat(embedder.embed(text)).containsExactly(one);
        List<float[]> batch = embedder.embedAll(Arrays.asList(text, "", null, "Another sentence entirely."));
        assertThat(Vectors.dot(batch.get(0), one)).isCloseTo(1.0, within(1e-4));
        assertThat(batch.get(1)).containsOnly(0f);
        assertThat(batch.get(2)).containsOnly(0f);
        assertThat(embedder.embed("  ")).containsOnly(0f);
    }

    @Test
    void aTextIsReadUpToItsFirstWordPiecesSoItsCostHasABound() {
        String opening = "Every quarter the warehouse team counts pallets, checks labels and writes the totals down. ";
        String tail = "Nobody at the harbour has ever seen a purple whale sing opera.";
        String long_ = opening.repeat(12); // over 200 word pieces, past MAX_WORD_PIECES
        assertThat(Vectors.dot(embedder.embed(long_), embedder.embed(long_ + tail))).isCloseTo(1.0, within(1e-6));
        // within the limit every word counts
        assertThat(Vectors.dot(embedder.embed(opening), embedder.embed(opening + tail))).isLessThan(0.95);
    }
}

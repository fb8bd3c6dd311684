package io.claimstream.embeddings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.Test;

/**
 * Calling the model directly, with the runtime's threads chosen, changes no vector from langchain4j's
 * own encoder of the same files: stored vectors stay comparable with new ones.
 */
class SameVectorsTest {

    @Test
    void vectorsEqualTheLibraryModelsOwn() {
        AllMiniLmL6V2QuantizedEmbeddingModel library = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
        List<String> texts = List.of("Agents will file our expense reports by next spring.", "Short.",
                "Chip export rules keep changing, and every lab plans around the next revision of them.",
                "Café owners in Zürich don't trust the recommendations — yet.",
                "Freight rates, port fees and the price of diesel all rose in March; ".repeat(8), // past the word-piece limit
                "Q3 revenue: $4.2bn (+17% y/y), per the 10-Q — see p. 12 & footnote [3].");
        List<float[]> ours = MiniLmEmbedder.shared().embedAll(texts);
        for (int i = 0; i < texts.size(); i++) {
            float[] reference = library.embed(TextSegment.from(texts.get(i))).content().vector();
            assertThat(Vectors.cosine(ours.get(i), reference)).as(texts.get(i)).isGreaterThan(0.99999);
        }
    }

    /** Texts of one length share a run of the model; each must still get the vector it gets alone. */
    @Test
    void aTextsVectorDoesNotDependOnTheTextsEmbeddedWithIt() {
        AllMiniLmL6V2QuantizedEmbeddingModel library = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
        List<String> texts = List.of("The cat sat on the red mat.", "The dog ran to the old barn.",
                "The fox hid in the tall grass.", "The owl slept in the dark barn.", "The pig lay by the cold pond.",
                "Nothing here matches the others in length at all, by design of this test sentence.");
        List<float[]> ours = MiniLmEmbedder.shared().embedAll(texts);
        for (int i = 0; i < texts.size(); i++) {
            float[] alone = library.embed(TextSegment.from(texts.get(i))).content().vector();
            assertThat(Vectors.cosine(ours.get(i), alone)).as(texts.get(i)).isGreaterThan(0.99999);
            assertThat(Vectors.cosine(ours.get(i), MiniLmEmbedder.shared().embed(texts.get(i)))).isGreaterThan(0.99999);
        }
    }
}

package io.claimstream.embeddings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.Test;

/** Choosing the runtime's threads changes no vector: stored vectors stay comparable with new ones. */
class SameVectorsTest {

    @Test
    void vectorsEqualTheLibraryModelsOwn() {
        AllMiniLmL6V2QuantizedEmbeddingModel library = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
        List<String> texts = List.of("Agents will file our expense reports by next spring.", "Short.",
                "Chip export rules keep changing, and every lab plans around the next revision of them.",
                "Café owners in Zürich don't trust the recommendations — yet.");
        List<float[]> ours = MiniLmEmbedder.shared().embedAll(texts);
        for (int i = 0; i < texts.size(); i++) {
            float[] reference = library.embed(TextSegment.from(texts.get(i))).content().vector();
            assertThat(Vectors.cosine(ours.get(i), reference)).as(texts.get(i)).isGreaterThan(0.99999);
        }
    }
}

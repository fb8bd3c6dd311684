package io.claimstream.query.semantic;

import io.claimstream.embeddings.MiniLmEmbedder;
import io.claimstream.embeddings.SentenceEmbedder;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class QueryVectorsTest {

    /** Counts the embeddings it is asked for, so a test sees which queries were embedded and which were kept. */
    private static final class Counting implements SentenceEmbedder {
        final List<String> asked = new ArrayList<>();

        @Override
        public String modelId() {
            return "counting";
        }

        @Override
        public int dimensions() {
            return 1;
        }

        @Override
        public float[] embed(String text) {
            asked.add(text);
            return new float[]{text.length()};
        }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            return texts.stream().map(this::embed).toList();
        }
    }

    @Test
    void aQueryAskedAgainIsNotEmbeddedAgain() {
        Counting model = new Counting();
        QueryVectors vectors = new QueryVectors(model, 10);
        float[] first = vectors.embed("Will robots stack shelves?");
        float[] again = vectors.embed("Will robots stack shelves?");
        assertThat(again).isSameAs(first);
        assertThat(model.asked).hasSize(1);
        assertThat(vectors.hits()).isEqualTo(1);
    }

    @Test
    void spacingAndAsciiCaseShareOneEntry() {
        Counting model = new Counting();
        QueryVectors vectors = new QueryVectors(model, 10);
        vectors.embed("Will robots stack shelves?");
        vectors.embed("  will ROBOTS\tstack\n\nshelves?  ");
        assertThat(model.asked).containsExactly("will robots stack shelves?");
    }

    @Test
    void textBeyondAsciiKeepsItsCaseInTheKey() {
        assertThat(QueryVectors.key("Ärzte  Nutzen KI")).isEqualTo("Ärzte Nutzen KI");
        // a vertical tab is no word break to the tokenizer (it drops it): the key keeps it apart
        assertThat(QueryVectors.key("Chip\u000Bmakers")).isNotEqualTo(QueryVectors.key("Chip makers"));
    }

    @Test
    void theLeastRecentlyAskedGoFirst() {
        Counting model = new Counting();
        QueryVectors vectors = new QueryVectors(model, 2);
        vectors.embed("first question");
        vectors.embed("second question");
        vectors.embed("first question"); // now the most recent
        vectors.embed("third question"); // evicts the second
        vectors.embed("first question");
        vectors.embed("second question");
        assertThat(model.asked).containsExactly("first question", "second question", "third question",
                "second question");
    }

    @Test
    void sizeZeroKeepsNothing() {
        Counting model = new Counting();
        QueryVectors vectors = new QueryVectors(model, 0);
        vectors.embed("a question");
        vectors.embed("a question");
        assertThat(model.asked).hasSize(2);
    }

    /** The assumption the key rests on: the model itself gives the same vector for what the key merges. */
    @Test
    void theModelSeesNoDifferenceBetweenQueriesThatShareAKey() {
        SentenceEmbedder model = MiniLmEmbedder.shared();
        String query = "Do graphics cards hold back the training of large models?";
        float[] plain = model.embed(query);
        for (String variant : List.of("  do GRAPHICS cards hold back\tthe training of\n large models?",
                "DO GRAPHICS CARDS HOLD BACK THE TRAINING OF LARGE MODELS?")) {
            float[] other = model.embed(variant);
            for (int i = 0; i < plain.length; i++) {
                assertThat(other[i]).as("dimension %d of '%s'", i, variant).isCloseTo(plain[i], within(1e-5f));
            }
            assertThat(new QueryVectors(model, 1).embed(variant)).containsExactly(
                    new QueryVectors(model, 1).embed(query));
        }
    }
}

package io.claimstream.query.emergent;

import io.claimstream.embeddings.MiniLmEmbedder;
import io.claimstream.embeddings.SentenceEmbedder;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Topic centres from claims written for this test, with the real model and the default threshold. */
class TopicFitTest {

    private static final double DEFAULT_FIT = 0.35;

    private final SentenceEmbedder embedder = MiniLmEmbedder.shared();

    private TopicFit fit() {
        Map<String, List<float[]>> topics = new LinkedHashMap<>();
        topics.put("compute-and-chips", embedder.embedAll(List.of(
                "Export controls on GPUs slow down every lab that cannot buy them.",
                "Training runs need tens of thousands of accelerators.",
                "Domestic chips are two generations behind the best GPUs.")));
        topics.put("agents", embedder.embedAll(List.of(
                "Agents that book travel for you will be common next year.",
                "An agent has to recover from its own mistakes over long tasks.",
                "Tool use is what turns a chat model into an agent.")));
        topics.put("safety", List.of());
        return TopicFit.of(topics);
    }

    @Test
    void aClaimOnACoveredSubjectFitsItsTopic() {
        TopicFit fit = fit();
        float[] chips = embedder.embed("Without enough GPUs, a lab cannot train a frontier model.");
        assertThat(fit.topics()).isEqualTo(2);
        assertThat(fit.fits(chips, DEFAULT_FIT)).isTrue();
    }

    @Test
    void aClaimOnASubjectNoTopicCoversFitsNone() {
        TopicFit fit = fit();
        float[] cooking = embedder.embed("Sourdough bread needs a starter that is fed every day.");
        assertThat(fit.best(cooking)).isLessThan(DEFAULT_FIT);
        assertThat(fit.fits(cooking, DEFAULT_FIT)).isFalse();
    }

    @Test
    void withoutAnyTopicClaimsNothingFits() {
        TopicFit empty = TopicFit.of(Map.of("agents", List.of()));
        float[] anything = embedder.embed("Agents will write most code.");
        assertThat(empty.best(anything)).isZero();
        assertThat(empty.fits(anything, DEFAULT_FIT)).isFalse();
    }
}

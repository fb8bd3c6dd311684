package io.claimstream.analysis.service;

import java.util.List;

import io.claimstream.analysis.topics.TextEmbedder;
import io.claimstream.embeddings.SentenceEmbedder;

/**
 * The project's embedding model as the analysis core takes it. The core only knows its own small
 * interface, so that it runs (and its tests run) without the model.
 */
public record MiniLmTextEmbedder(SentenceEmbedder model) implements TextEmbedder {

    @Override
    public String modelId() {
        return model.modelId();
    }

    @Override
    public int dimensions() {
        return model.dimensions();
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return model.embedAll(texts);
    }
}

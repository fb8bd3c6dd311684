package io.claimstream.analysis.topics;

import java.util.List;

import io.claimstream.embeddings.MiniLmEmbedder;

/** The project's embedding model as the analysis core takes it (the services adapt it the same way). */
public final class MiniLm implements TextEmbedder {

    private static final MiniLm SHARED = new MiniLm();

    private MiniLm() {
    }

    public static MiniLm shared() {
        return SHARED;
    }

    @Override
    public String modelId() {
        return MiniLmEmbedder.MODEL_ID;
    }

    @Override
    public int dimensions() {
        return MiniLmEmbedder.DIMENSIONS;
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return MiniLmEmbedder.shared().embedAll(texts);
    }
}

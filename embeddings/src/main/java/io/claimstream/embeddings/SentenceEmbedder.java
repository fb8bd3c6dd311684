package io.claimstream.embeddings;

import java.util.List;

/**
 * Turns a sentence into a unit-length vector whose dot product with another such vector is their
 * cosine similarity. Everything that compares claims by meaning (the analysis, stored vectors,
 * search queries) must use the same implementation and {@link #modelId()}: vectors of two models
 * are not comparable, so a stored vector is only used with the model it was made by.
 */
public interface SentenceEmbedder {

    /** A stable name of the model and its version, stored with the vectors it made. */
    String modelId();

    int dimensions();

    /** The vector of one text; a blank text gets the zero vector. */
    float[] embed(String text);

    /** The vectors of many texts, in order, each the one {@link #embed} gives it alone. */
    List<float[]> embedAll(List<String> texts);
}

package io.claimstream.analysis.topics;

import java.util.List;

/**
 * A sentence-embedding model as the analysis sees it: texts in, unit-length vectors out, so that
 * a dot product is a cosine similarity. The analysis core takes one optionally (and never loads a
 * model itself): without one, topics come from lexical evidence alone and no claim vectors are
 * produced. The services pass the project's one model (module {@code embeddings}), so that the
 * vectors the analysis ships are the ones the query side would have computed.
 */
public interface TextEmbedder {

    /** A stable name of the model and its version, shipped with the vectors it made. */
    String modelId();

    int dimensions();

    /** The unit vectors of the texts, in order; a blank text gets the zero vector. */
    List<float[]> embedAll(List<String> texts);
}

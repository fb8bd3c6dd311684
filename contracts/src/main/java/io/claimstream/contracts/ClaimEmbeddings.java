package io.claimstream.contracts;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The claims' sentence-embedding vectors, made once by the analysis (which needs them for topics)
 * so that the read side stores them instead of embedding every claim again. Each vector is the
 * unit vector of the claim's {@code text}, as IEEE 754 half floats, little-endian, base64
 * ({@link #ENCODING}); vectors are only comparable with vectors of the same {@code model}.
 *
 * @param model the embedding model and its version, e.g. {@code all-minilm-l6-v2-q/1}
 * @param dimensions the length of every vector
 * @param encoding how a vector is written: {@value #ENCODING}
 * @param vectors one per claim, keyed by the claim's document-local id
 */
public record ClaimEmbeddings(String model, int dimensions, String encoding, List<ClaimVector> vectors) {

    public static final String ENCODING = "f16le-base64";

    /** A claim's vector. @param claimId the claim's {@code id} in this document */
    public record ClaimVector(String claimId, String vector) {
    }

    public ClaimEmbeddings {
        vectors = vectors == null ? List.of() : List.copyOf(vectors);
    }

    /** Encodes the vectors (claim id to vector, in claim order). */
    public static ClaimEmbeddings of(String model, int dimensions, Map<String, float[]> byClaimId) {
        List<ClaimVector> vectors = byClaimId.entrySet().stream()
                .map(e -> new ClaimVector(e.getKey(), Base64.getEncoder().encodeToString(HalfFloats.encode(e.getValue()))))
                .toList();
        return new ClaimEmbeddings(model, dimensions, ENCODING, vectors);
    }

    /** The decoded vectors by claim id, in claim order. */
    public Map<String, float[]> decode() {
        if (!ENCODING.equals(encoding)) {
            throw new IllegalStateException("unknown vector encoding " + encoding);
        }
        Map<String, float[]> byClaimId = new LinkedHashMap<>();
        for (ClaimVector v : vectors) {
            byClaimId.put(v.claimId(), HalfFloats.decode(Base64.getDecoder().decode(v.vector())));
        }
        return byClaimId;
    }
}

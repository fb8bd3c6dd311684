package io.claimstream.query.store;

import io.claimstream.contracts.AnalyzedDocument;
import io.claimstream.contracts.ClaimEmbeddings;
import io.claimstream.query.entity.Claim;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the claim vectors the analysis shipped with the event onto the claim rows, so that the
 * store does not embed them again. Only vectors of the model this service searches with, in the
 * encoding and length it stores, are taken (they are the same half-float bytes it would write);
 * a claim without a usable vector is left for the service's own embedder. Pure, so it is tested
 * on its own.
 */
public final class EventVectors {

    private EventVectors() {
    }

    /**
     * @param rows the event's claims as rows, in the event's claim order
     * @return the rows that still need a vector
     */
    public static List<Claim> apply(AnalyzedDocument event, List<Claim> rows, String modelId, int dimensions) {
        ClaimEmbeddings shipped = event.claimEmbeddings();
        if (shipped == null || !modelId.equals(shipped.model()) || !ClaimEmbeddings.ENCODING.equals(shipped.encoding())) {
            return rows;
        }
        Map<String, String> byClaimId = new HashMap<>();
        shipped.vectors().forEach(v -> byClaimId.putIfAbsent(v.claimId(), v.vector()));
        List<Claim> missing = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            byte[] vector = decode(byClaimId.get(event.claims().get(i).id()));
            if (vector == null || vector.length != dimensions * 2) {
                missing.add(rows.get(i));
            } else {
                rows.get(i).embedding = vector;
                rows.get(i).embeddingModel = modelId;
            }
        }
        return missing;
    }

    private static byte[] decode(String base64) {
        if (base64 == null) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

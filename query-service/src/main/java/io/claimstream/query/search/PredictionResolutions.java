package io.claimstream.query.search;

import io.claimstream.common.errors.ApiException;
import io.claimstream.query.cache.ReadModelChanges;
import io.claimstream.query.entity.Claim;
import io.claimstream.query.entity.PredictionResolution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;

/** Records and withdraws users' verdicts on predictions; every replica is told (claims show their verdicts). */
@ApplicationScoped
public class PredictionResolutions {

    static final int MAX_NOTE = 4000;

    private final ReadModelChanges changes;

    public PredictionResolutions(ReadModelChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public void resolve(String claimId, String outcome, String note) {
        Claim claim = Claim.findById(claimId);
        if (claim == null) {
            throw ApiException.notFound("no claim has id " + claimId);
        }
        if (!claim.prediction) {
            throw ApiException.badRequest("not_a_prediction", "claim " + claimId + " is a " + claim.type
                    + ", not a prediction; only predictions can be resolved");
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw ApiException.badRequest("invalid_body", "note must be at most " + MAX_NOTE + " characters");
        }
        PredictionResolution resolution = PredictionResolution.findById(claimId);
        boolean first = resolution == null;
        if (first) {
            resolution = new PredictionResolution();
            resolution.claimId = claimId;
        }
        resolution.outcome = outcome;
        resolution.note = note == null || note.isBlank() ? null : note.strip().replace('\0', '\uFFFD');
        resolution.resolvedAt = Instant.now();
        if (first) {
            resolution.persist();
        }
        changes.announce("resolution " + claimId);
    }

    /** Returns whether there was a verdict to withdraw. */
    @Transactional
    public boolean withdraw(String claimId) {
        boolean withdrawn = PredictionResolution.deleteById(claimId);
        if (withdrawn) {
            changes.announce("resolution " + claimId);
        }
        return withdrawn;
    }
}

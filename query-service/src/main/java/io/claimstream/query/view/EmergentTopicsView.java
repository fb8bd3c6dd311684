package io.claimstream.query.view;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * Topics that emerged from claims no taxonomy topic fits.
 *
 * @param considered   claims of the catch-all topic only that were clustered
 * @param outliers     of those, claims close to no cluster: in no emergent topic
 * @param outlierShare outliers / considered
 */
@JsonPropertyOrder({"considered", "clustered", "outliers", "outlierShare", "complete", "topics"})
public record EmergentTopicsView(long considered, long clustered, long outliers, double outlierShare, boolean complete,
                                 List<Topic> topics) {

    /**
     * @param terms    the distinctive terms the label is made of, most distinctive first
     * @param cohesion mean similarity of the claims to the topic's centre (0 to 1)
     * @param claims   the most central claims
     */
    @JsonPropertyOrder({"id", "label", "terms", "claimCount", "speakerCount", "cohesion", "claims"})
    public record Topic(String id, String label, List<String> terms, long claimCount, long speakerCount,
                        double cohesion, List<ClaimView> claims) {
    }
}

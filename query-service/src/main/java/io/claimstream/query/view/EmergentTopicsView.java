package io.claimstream.query.view;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * Topics that emerged from claims no taxonomy topic fits.
 *
 * @param examined     the newest claims whose fit to the taxonomy was measured
 * @param fitBelow     the similarity to the nearest topic centre under which a claim fits no topic
 * @param considered   of those, claims that fit no taxonomy topic well (or carry only the catch-all): clustered
 * @param outliers     of those, claims close to no cluster: in no emergent topic
 * @param outlierShare outliers / considered
 * @param largestShare the largest emergent topic's claims / considered: a catch-all cluster in
 *                     disguise would show here, as outliers would in outlierShare
 */
@JsonPropertyOrder({"examined", "fitBelow", "considered", "clustered", "outliers", "outlierShare", "largestShare", "complete", "topics"})
public record EmergentTopicsView(long examined, double fitBelow, long considered, long clustered, long outliers, double outlierShare,
                                 double largestShare, boolean complete, List<Topic> topics) {

    public static double share(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 1000.0;
    }

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

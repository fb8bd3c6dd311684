package io.claimstream.analysis.eval;

import java.util.HashMap;
import java.util.Map;

import io.claimstream.contracts.AnalyzedDocument;
import io.claimstream.contracts.Claim;
import io.claimstream.contracts.Speaker;

/** Every speaker and claim of an analysis, one per line, for reading the harness output. */
final class ClaimListing {

    private ClaimListing() {
    }

    static String of(String text, AnalyzedDocument analyzed) {
        StringBuilder out = new StringBuilder();
        Map<String, String> names = new HashMap<>();
        for (Speaker s : analyzed.speakers()) {
            names.put(s.id(), s.name());
            out.append("    SPEAKER ").append(s.name()).append(" ").append(s.aliases()).append(" role=").append(s.role())
                    .append(" aff=").append(s.affiliations()).append(" kind=").append(s.kind()).append('\n');
        }
        for (Claim c : analyzed.claims()) {
            out.append("    CLAIM [").append(names.get(c.speakerId())).append("|").append(c.type()).append("|")
                    .append(c.topics()).append("|").append(String.format("%.2f", c.confidence())).append("|")
                    .append(c.attribution()).append("] ").append(c.text().replace('\n', ' ')).append('\n');
        }
        return out.toString();
    }
}

package io.claimstream.contracts;

import java.util.List;

/**
 * A person or organisation that makes claims in one document.
 *
 * @param id stable within the document; derived from the canonical name
 * @param kind {@code person} or {@code organization}
 */
public record Speaker(String id, String name, List<String> aliases, String role,
                      List<String> affiliations, String kind) {

    public Speaker {
        aliases = List.copyOf(aliases);
        affiliations = List.copyOf(affiliations);
    }
}

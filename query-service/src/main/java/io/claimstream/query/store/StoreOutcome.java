package io.claimstream.query.store;

/** What storing one event did. */
public record StoreOutcome(String documentId, String analyzerVersion, Action action, String previousVersion,
                           int speakers, int claims) {

    public enum Action {
        /** First time this document was seen. */
        STORED,
        /** An older analyzer version was there; its speakers and claims were replaced. */
        REPLACED,
        /** This analyzer version was already stored: nothing written. */
        SKIPPED
    }

    public String describe() {
        String base = "document " + documentId + " version " + analyzerVersion + ": " + speakers + " speakers, "
                + claims + " claims";
        return switch (action) {
            case STORED -> base + "; stored";
            case REPLACED -> base + "; replaced version " + previousVersion;
            case SKIPPED -> base + "; skipped, this version is already stored";
        };
    }
}

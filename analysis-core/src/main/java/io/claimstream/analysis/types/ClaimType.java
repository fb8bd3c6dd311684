package io.claimstream.analysis.types;

/** The kinds of claim of the contract, with their wire names. */
public enum ClaimType {
    PREDICTION("prediction"), RECOMMENDATION("recommendation"), FACT("fact"), OPINION("opinion");

    private final String wireName;

    ClaimType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}

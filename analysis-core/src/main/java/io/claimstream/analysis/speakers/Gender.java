package io.claimstream.analysis.speakers;

/**
 * Grammatical gender of a person as the text's pronouns reveal it; {@link #THEY} for a person the text says goes by
 * singular "they", whom neither "he" nor "she" refers to.
 */
public enum Gender {
    MALE, FEMALE, UNKNOWN, THEY
}

package io.claimstream.analysis.speakers;

/** Grammatical gender of a person as the text's pronouns reveal it. */
public enum Gender {
    MALE, FEMALE, UNKNOWN
}

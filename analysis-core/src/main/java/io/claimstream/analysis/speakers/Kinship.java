package io.claimstream.analysis.speakers;

import java.util.Locale;

/** Words for relatives, and the gender each states: how profiles of families tell people who share a surname apart. */
public final class Kinship {

    private Kinship() {
    }

    /** The gender a kinship word states, or null when the word names no relative (or none of one gender). */
    public static Gender genderOf(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "brother", "husband", "son", "father", "uncle", "nephew", "grandfather", "stepfather", "boyfriend" -> Gender.MALE;
            case "sister", "wife", "daughter", "mother", "aunt", "niece", "grandmother", "stepmother", "girlfriend" -> Gender.FEMALE;
            default -> null;
        };
    }
}

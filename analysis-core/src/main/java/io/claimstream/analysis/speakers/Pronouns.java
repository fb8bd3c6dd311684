package io.claimstream.analysis.speakers;

import java.util.Locale;

/** Personal pronouns and the gender they carry. */
public final class Pronouns {

    private Pronouns() {
    }

    /** The gender of a third-person pronoun, or null when the word is not one. */
    public static Gender thirdPerson(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "he", "him", "his", "himself" -> Gender.MALE;
            case "she", "her", "hers", "herself" -> Gender.FEMALE;
            default -> null;
        };
    }

    /** "they", "them", "their", "themselves", "themself": singular only for a person declared to go by it. */
    public static boolean isThey(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "they", "them", "their", "theirs", "themselves", "themself" -> true;
            default -> false;
        };
    }

    public static boolean isFirstPerson(String word) {
        return switch (word.toLowerCase(Locale.ROOT).replace('’', '\'')) {
            case "i", "we", "i'm", "we're", "i've", "we've", "i'd", "we'd", "i'll", "we'll" -> true;
            default -> false;
        };
    }

    public static boolean isSubjectPronoun(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "he", "she", "they", "it", "i", "we" -> true;
            default -> false;
        };
    }

    public static boolean isPossessive(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "his", "her", "their", "its" -> true;
            default -> false;
        };
    }
}

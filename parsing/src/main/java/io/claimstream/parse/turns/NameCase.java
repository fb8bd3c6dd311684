package io.claimstream.parse.turns;

import io.claimstream.parse.text.Chars;

import java.util.Locale;
import java.util.Set;

/**
 * Writes a name that a transcript set in capitals ({@code DANA PARK}, {@code J.R. OKAFOR},
 * {@code MARIA DE LA CRUZ}, {@code JEAN-LUC O'BRIEN}) the way the rest of the text writes it
 * ({@code Dana Park}, {@code J.R. Okafor}, {@code Maria de la Cruz}, {@code Jean-Luc O'Brien}), so that
 * the speaker of a caption-style label is the same person as the one the introduction names. The
 * label's span keeps the capitals as written.
 */
public final class NameCase {

    /** Particles written in lower case inside a name; {@code le}, {@code al}, {@code ben} are too often capitalised. */
    private static final Set<String> LOWER_PARTICLES = Set.of(
            "van", "von", "de", "der", "den", "da", "di", "du", "la", "del", "dos", "das", "y", "bin", "ibn", "ter",
            "ten", "zu", "af", "av");
    private static final Set<String> ROMAN = Set.of("ii", "iii", "iv", "vi", "vii", "viii");

    private NameCase() {
    }

    /** The name in mixed case when it is written all in capitals; otherwise unchanged. */
    public static String ofCapitals(String name) {
        if (!allCapitals(name)) {
            return name;
        }
        String[] tokens = name.strip().split("\\s+");
        if (tokens.length == 1 && tokens[0].length() <= 3) {
            return name; // AI, CNN, IBM: an acronym, not a name in capitals
        }
        StringBuilder out = new StringBuilder(name.length());
        for (int t = 0; t < tokens.length; t++) {
            if (t > 0) {
                out.append(' ');
            }
            // "VON DER HEIDE": a surname that opens with its particle is written so in mixed case ("von der Heide"),
            // as the text around the label names the person
            boolean leadingParticle = t == 0 && tokens.length > 1
                    && LOWER_PARTICLES.contains(tokens[t].toLowerCase(Locale.ROOT));
            out.append(leadingParticle ? tokens[t].toLowerCase(Locale.ROOT) : token(tokens[t], t));
        }
        return out.toString();
    }

    /**
     * A script's character cue ({@code BAO}, {@code INES CALDERÓN-WHITLOCK}) in mixed case: a cue is written in
     * capitals by convention, so even a name of three letters is a name there, not an acronym.
     */
    public static String ofCue(String name) {
        String stripped = name.strip();
        return stripped.indexOf(' ') < 0 && stripped.length() <= 3 && allCapitals(stripped) ? token(stripped, 0)
                : ofCapitals(name);
    }

    /**
     * The words in capitals of a record-style label ({@code Chair WALSH}, {@code Ms. DE LA CRUZ}) in mixed
     * case ({@code Chair Walsh}, {@code Ms. de la Cruz}); the title before them stays as written.
     */
    public static String ofCapitalWords(String name) {
        String[] tokens = name.strip().split("\\s+");
        StringBuilder out = new StringBuilder(name.length());
        int inName = 0;
        for (int t = 0; t < tokens.length; t++) {
            if (t > 0) {
                out.append(' ');
            }
            boolean capitals = allCapitals(tokens[t]);
            out.append(capitals ? token(tokens[t], inName) : tokens[t]);
            inName += capitals ? 1 : 0;
        }
        return out.toString();
    }

    /**
     * A role set in capitals beside such a name ({@code CEO OF LATTICE LABS}, {@code HOST}) in the case
     * a sentence would give it ({@code CEO of Lattice Labs}, {@code Host}), so that its organisation reads
     * as a name: short words that are not connectives stay capitals, as they are mostly acronyms (CEO, AI).
     */
    public static String ofCapitalRole(String role) {
        if (role == null || !Chars.inCapitals(role)) {
            return role;
        }
        StringBuilder out = new StringBuilder(role.length());
        int i = 0;
        int words = 0;
        while (i < role.length()) {
            if (!Character.isLetter(role.charAt(i))) {
                out.append(role.charAt(i++));
                continue;
            }
            int start = i;
            while (i < role.length() && (Character.isLetter(role.charAt(i)) || role.charAt(i) == '\'')) {
                i++;
            }
            String word = role.substring(start, i);
            String lower = word.toLowerCase(Locale.ROOT);
            if (words > 0 && CONNECTIVES.contains(lower)) {
                out.append(lower);
            } else if (word.length() <= 3) {
                out.append(word);
            } else {
                out.append(word.charAt(0)).append(lower, 1, lower.length());
            }
            words++;
        }
        return out.toString();
    }

    private static final Set<String> CONNECTIVES = Set.of("of", "at", "and", "for", "the", "in", "on", "to", "with",
            "a", "an", "de");


    private static String token(String token, int position) {
        String lower = token.toLowerCase(Locale.ROOT);
        if (initials(token) || position > 0 && ROMAN.contains(lower)) {
            return token;
        }
        if (position > 0 && LOWER_PARTICLES.contains(lower)) {
            return lower;
        }
        StringBuilder out = new StringBuilder(token.length());
        boolean start = true;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == '-' || c == '\'' || c == '\u2019' || c == '.';
        }
        if (out.length() > 3 && out.charAt(0) == 'M' && out.charAt(1) == 'c' && Character.isLetter(out.charAt(2))) {
            out.setCharAt(2, Character.toUpperCase(out.charAt(2))); // MCKENNA: McKenna
        }
        return out.toString();
    }

    /** {@code J.R.}, {@code A.}: letters each followed by a period. */
    private static boolean initials(String token) {
        if (token.length() < 2) {
            return false;
        }
        for (int i = 0; i < token.length(); i += 2) {
            if (!Character.isLetter(token.charAt(i)) || i + 1 >= token.length() || token.charAt(i + 1) != '.') {
                return false;
            }
        }
        return true;
    }

    /** Two or more capital letters, no small ones, and nothing but letters, spaces, periods, hyphens and apostrophes. */
    private static boolean allCapitals(String name) {
        int capitals = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                capitals++;
            } else if (Character.isLetter(c) || !(c == ' ' || c == '.' || c == '-' || c == '\'' || c == '\u2019')) {
                return false; // a small letter, a digit (SPEAKER_01), a CJK character
            }
        }
        return capitals >= 2;
    }
}

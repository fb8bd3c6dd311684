package io.claimstream.parse.participants;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A surname written alone where an introduction says who was interviewed ({@code Our interview with Asante}, {@code
 * an interview with von der Heide}, {@code a conversation with Dr. Mehra}): it stands for the one full name the
 * introduction writes ending in it ({@code Kwame Asante}, {@code Friederike von der Heide}, {@code ARJUN MEHRA} in a
 * briefing's capitals).
 */
final class ShortNames {

    /** A surname, perhaps after a title and with its particles, that is not followed by another capitalised word. */
    private static final Pattern SURNAME = Pattern.compile("(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Professor)\\.?[ \\t]+)?"
            + "((?:(?:von|van|de|der|den|da|di|du|le|la|al|bin|ter|ten|zu|del|dos|das)[ \\t]+)*\\p{Lu}[\\p{L}'’-]+)"
            + "(?![ \\t]+\\p{Lu})(?![\\p{L}'’-])");

    private ShortNames() {
    }

    /**
     * The one full name {@code intro} writes that ends in the surname written at {@code from} (after a title or not),
     * in mixed case; null when no surname stands there alone or the introduction writes no such name, or two.
     */
    static String fullNameOfSurnameAt(String intro, int from) {
        Matcher m = SURNAME.matcher(intro).region(from, intro.length());
        if (!m.lookingAt()) {
            return null;
        }
        String surname = m.group(1);
        Matcher written = Pattern.compile("(?<![\\p{L}'’-])(\\p{L}[\\p{L}'’-]+)[ \\t]+(" + Pattern.quote(surname)
                + ")(?![\\p{L}'’-])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(intro);
        Set<String> found = new LinkedHashSet<>();
        while (written.find()) {
            String given = inMixedCase(written.group(1));
            String asWritten = written.group(2);
            // the surname as the sentence writes it, or the whole name in capitals as a heading writes it
            boolean sameCase = asWritten.equals(surname) && !written.group(1).equals(written.group(1).toUpperCase(Locale.ROOT))
                    || asWritten.equals(asWritten.toUpperCase(Locale.ROOT))
                    && written.group(1).equals(written.group(1).toUpperCase(Locale.ROOT));
            if (sameCase && NameMentions.nameWord(given) && !RoleWords.isHonorific(given)
                    && !RoleWords.isHonorific(given.toLowerCase(Locale.ROOT))) {
                found.add(given + " " + (asWritten.equals(surname) ? surname : inMixedCase(asWritten)));
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** "ARJUN" as a sentence writes it: "Arjun"; a word in mixed case stays as it is. */
    private static String inMixedCase(String word) {
        if (!word.equals(word.toUpperCase(Locale.ROOT))) {
            return word;
        }
        StringBuilder out = new StringBuilder(word.length());
        boolean start = true;
        for (char c : word.toCharArray()) {
            out.append(start ? c : Character.toLowerCase(c));
            start = c == '-' || c == '\'' || c == '’';
        }
        return out.toString();
    }
}

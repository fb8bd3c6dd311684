package io.claimstream.parse.turns;

import io.claimstream.parse.participants.RoleWords;

import java.util.Locale;

/**
 * Whether the words between a name's comma and a colon are a role ({@code CEO of Lattice Labs},
 * {@code Chief Scientist, Lumen Labs}) and not the rest of a sentence that introduces a quote
 * ({@code However, he said:}, {@code Ana Ruiz, speaking at the summit, said:}).
 */
final class AppositiveRoles {

    private static final int MAX_WORDS = 12;

    private AppositiveRoles() {
    }

    static boolean accepts(String role) {
        if (role.isEmpty() || role.length() > 100 || !RoleWords.describesPosition(role)) {
            return false;
        }
        String[] parts = role.split("\\s*[,\uFF0C]\\s*");
        // "senior economist, Markets Unit, Competition Authority": after the position, units and organisations only
        if (parts.length > 3) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            if (!organisation(parts[i]) && !RoleWords.describesPosition(parts[i])) {
                return false;
            }
        }
        String[] words = role.split("[\\s,]+");
        if (words.length > MAX_WORDS) {
            return false;
        }
        for (String word : words) {
            if (RoleWords.isSpeechWord(word) || word.indexOf('"') >= 0 || word.indexOf('\u201C') >= 0) {
                return false;
            }
        }
        String first = words[0];
        String[] position = parts[0].split("\\s+");
        if (position.length <= 4 && RoleWords.isHead(position[position.length - 1])
                && position[0].chars().allMatch(Character::isLetter)) {
            return true; // "procurement analyst, Vesna Capital": a trade before its head noun
        }
        String lower = first.toLowerCase(Locale.ROOT);
        return lower.equals("the") || lower.equals("a") || lower.equals("an") || lower.equals("our") || lower.equals("my")
                || Character.isUpperCase(first.codePointAt(0)) || RoleWords.isHead(first) || RoleWords.describesPosition(first)
                || lower.equals("co-founder")
                // "technology analyst", "former chief of staff": a word that qualifies a title, not a connector
                || RoleWords.isModifier(first) && !lower.equals("of") && !lower.equals("and") && !lower.equals("&");
    }

    /** {@code Lumen Labs}: capitalised words, with lower-case connectors only. */
    private static boolean organisation(String part) {
        if (part.isEmpty() || !Character.isUpperCase(part.codePointAt(0))) {
            return false;
        }
        for (String w : part.split("\\s+")) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !w.equals("of") && !w.equals("and")
                    && !w.equals("for") && !w.equals("the") && !w.equals("&")) {
                return false;
            }
        }
        return true;
    }
}

package io.claimstream.parse.participants;

import io.claimstream.parse.text.Chars;

import java.util.Locale;
import java.util.Set;

/**
 * A person the text names by one word and describes in parentheses: {@code Peak (Manus CTO) said},
 * {@code Ines (Corvid’s chief scientist)}, {@code Tomas (a researcher at Fjord Models)}. A one-word
 * capitalised run is more often a product, a company or an acronym than a person, so the
 * parentheses must name a position (a head noun such as CTO or researcher), and the word must be
 * neither an acronym ({@code BAAI (Beijing Academy …)}), a title or organisation word, nor follow a
 * word that makes it a thing ({@code the}, {@code of}). {@code Qwen (Alibaba’s model)} and
 * {@code Rust (2015)} name no position and stay out.
 */
final class ParentheticalNames {

    private static final int MAX_INSIDE = 100;

    /** Words before a capitalised word that make it a thing's name, not a person's. */
    private static final Set<String> THING_CONTEXT = Set.of("the", "a", "an", "its", "their", "our", "this", "that",
            "these", "those", "of", "in", "on", "at", "via", "using", "into", "onto");

    /** First words of a role that make the described one a product ({@code an AI engineer}, {@code virtual assistant}). */
    private static final Set<String> MACHINE = Set.of("ai", "virtual", "digital", "autonomous", "robot", "robotic",
            "coding", "software", "chatbot", "automated");

    private ParentheticalNames() {
    }

    /** The introduction of the one-word name starting at {@code at}, or null. */
    static Introductions.Introduction read(String text, int at, int limit, DescriptionCache descriptions) {
        int end = Words.end(text, at, limit);
        int open = end < limit && text.charAt(end) == ' ' ? end + 1 : end;
        if (open >= limit || text.charAt(open) != '(' && text.charAt(open) != '\uFF08') {
            return null; // the common case, decided before any lookup
        }
        String word = text.substring(at, end);
        if (!NameMentions.nameWord(word) || Words.isPossessive(word) || !thingContextFree(text, at)) {
            return null;
        }
        int close = closingParen(text, open + 1, Math.min(limit, open + 1 + MAX_INSIDE));
        if (close < 0 || labelFollows(text, close + 1, limit)) {
            return null; // "Ana (Host):" is a speaker label, read with the turns
        }
        String inside = text.substring(open + 1, close).strip();
        if (inside.isEmpty() || !opensLikeADescription(inside)) {
            return null;
        }
        Descriptions.RoleAndAffiliation found = descriptions.ofParenthesis(inside);
        if (found == null || found.role() == null || !RoleWords.describesPosition(found.role()) || describesAMachine(found.role())) {
            return null;
        }
        return new Introductions.Introduction(word, found.role(), found.affiliation(), at, close + 1);
    }

    /** The word before is not an article, a determiner or a preposition that makes the name a thing's. */
    private static boolean thingContextFree(String text, int at) {
        int before = Words.previousWordEnd(text, at, 0);
        if (before < 0) {
            return true; // a line's or a clause's first word
        }
        int start = Words.start(text, before, 0);
        String previous = text.substring(start, before);
        if (Words.startsUpper(text, start) && !NameMentions.isStopWord(previous)) {
            return false; // "Hugging Face (…)": the tail of a longer capitalised name, which the name scan reads
        }
        return !THING_CONTEXT.contains(previous.toLowerCase(Locale.ROOT));
    }

    /** {@code (a researcher …)}, {@code (Manus CTO)}, {@code (chief scientist …)}: not {@code (as the CEO …)}. */
    private static boolean opensLikeADescription(String inside) {
        int end = Words.end(inside, 0, inside.length());
        if (end == 0) {
            return false;
        }
        String first = inside.substring(0, end);
        String lower = first.toLowerCase(Locale.ROOT);
        return lower.equals("a") || lower.equals("an") || lower.equals("the") || lower.equals("now") || lower.equals("formerly")
                || Words.startsUpper(inside, 0) || RoleWords.isHead(first) || RoleWords.isModifier(first);
    }

    private static boolean describesAMachine(String role) {
        String r = role.strip();
        int end = Words.end(r, 0, r.length());
        return end > 0 && MACHINE.contains(r.substring(0, end).toLowerCase(Locale.ROOT));
    }

    private static boolean labelFollows(String text, int from, int limit) {
        int next = Chars.skipSpace(text, from, limit);
        return next < limit && (text.charAt(next) == ':' || text.charAt(next) == '\uFF1A');
    }

    private static int closingParen(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ')' || c == '\uFF09') {
                return i;
            }
            if (c == '(' || c == '\uFF08' || c == '\n' || c == '\r') {
                return -1;
            }
        }
        return -1;
    }
}

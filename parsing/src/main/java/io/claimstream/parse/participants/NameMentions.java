package io.claimstream.parse.participants;

import java.util.Locale;
import java.util.Set;

/**
 * Reads a personal name written in running text: two to four capitalised words ({@code Tang Jie},
 * {@code Ana María Ruiz}, {@code Ludwig van Beethoven}), none of them a title, an organisation
 * word or a sentence opener, and not the head of a longer capitalised name
 * ({@code Nanyang Technological University}, {@code Department of Computer Science}).
 */
final class NameMentions {

    /** A name as found: {@code [start, end)}, and whether it is written as a possessive. */
    record Mention(String name, int start, int end, boolean possessive) {
    }

    private static final int MAX_TOKENS = 4;

    /** Capitalised words that open sentences or clauses and are never part of a name. */
    private static final Set<String> STOP = Set.copyOf(java.util.List.of(
            "the", "this", "that", "these", "those", "it", "in", "on", "at", "for", "with", "from", "as", "if",
            "when", "why", "what", "how", "where", "who", "which", "here", "there", "finally", "however", "but",
            "and", "or", "so", "also", "meanwhile", "today", "yesterday", "tomorrow", "first", "second", "third",
            "next", "then", "now", "our", "my", "your", "their", "his", "her", "its", "we", "i", "you", "they",
            "she", "he", "a", "an", "some", "all", "one", "two", "three", "regarding", "according", "including",
            "featuring", "asked", "speaking", "after", "before", "during", "like", "unlike", "said", "says",
            "told", "added", "thanks", "dear", "hi", "hello", "welcome", "congratulations", "please", "let", "per",
            "without", "by", "to", "of", "about", "under", "over", "among", "between", "against", "despite",
            "since", "until", "while", "although", "though", "because", "unless", "whether", "both", "either",
            "neither", "each", "every", "many", "most", "several", "few", "such", "only", "even", "just", "not",
            "no", "yes", "well", "oh", "ok", "okay", "thank", "mr", "mrs", "ms", "dear", "chinese", "american",
            "european", "english", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "moreover", "furthermore", "still", "yet", "again", "indeed",
            "perhaps", "maybe", "overall", "instead", "otherwise", "therefore", "thus", "hence", "later",
            "earlier", "recently", "currently", "previously", "formerly", "eventually", "last", "this", "part"));

    private static final Set<String> PARTICLES = Set.copyOf(java.util.List.of(
            "van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "bin", "ibn", "al", "el", "dos",
            "das", "del", "ter", "ten", "zu", "bint", "ben"));

    /** Lower-case words after which a capitalised run names a thing, not a person ({@code of Computer Science}). */
    private static final Set<String> ORGANISATION_CONTEXT = Set.copyOf(java.util.List.of("of", "the", "at", "in", "for", "on"));

    private NameMentions() {
    }

    /** The name starting at {@code at} (the start of a capitalised word), or null. */
    static Mention read(String text, int at, int limit, java.util.function.Predicate<String> known) {
        int tokens = 0;
        int i = at;
        int end = at;
        boolean possessive = false;
        boolean lastParticle = false;
        boolean stopFirst = false;
        while (tokens < MAX_TOKENS + 1) {
            int wordEnd = Words.end(text, i, limit);
            String word = text.substring(i, wordEnd);
            boolean particle = tokens > 0 && PARTICLES.contains(word);
            boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0)) && wordEnd < limit
                    && text.charAt(wordEnd) == '.';
            // "An Bo": a surname that is also a stop word counts when the document uses the name as a label
            boolean stop = tokens == 0 && STOP.contains(word.toLowerCase(Locale.ROOT)) && Words.startsUpper(text, i);
            if (!particle && !initial && !stop && !nameWord(word)) {
                break;
            }
            stopFirst |= stop;
            if (initial) {
                wordEnd++;
            }
            tokens++;
            lastParticle = particle;
            end = wordEnd;
            if (Words.isPossessive(word)) {
                possessive = true;
                end = wordEnd - 2;
                break;
            }
            int next = Words.nextWordStart(text, wordEnd, limit);
            if (next < 0 || next - wordEnd > 1 || !(Words.startsUpper(text, next) || PARTICLES.contains(wordAt(text, next, limit)))) {
                break;
            }
            i = next;
        }
        if (lastParticle || tokens < 2 || tokens > MAX_TOKENS) {
            return null;
        }
        if (stopFirst && !known.test(text.substring(at, end))) {
            return null;
        }
        if (!possessive && continuesAsOrganisation(text, end, limit)) {
            return null;
        }
        int before = Words.previousWordEnd(text, at, 0);
        if (before > 0) {
            String previous = text.substring(Words.start(text, before, 0), before);
            if (ORGANISATION_CONTEXT.contains(previous.toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        return new Mention(text.substring(at, end), at, end, possessive);
    }

    /**
     * Cheap test before {@link #read}: a name's first word is followed by one space and a capital
     * ({@code Ana Ruiz}), an initial ({@code J. Doe}) or a particle ({@code Ludwig van}). Most
     * capitalised words open a sentence and fail here without a lookup.
     */
    static boolean mayStartName(String text, int at, int limit) {
        int end = Words.end(text, at, limit);
        if (end < limit && text.charAt(end) == '.' && end - at == 1) {
            end++;
        }
        if (end + 1 >= limit || !io.claimstream.parse.text.Chars.isSpace(text.charAt(end))) {
            return false;
        }
        char next = text.charAt(end + 1);
        if (next >= 'A' && next <= 'Z') {
            return true;
        }
        if (next >= 'a' && next <= 'z') {
            int wordEnd = Words.end(text, end + 1, limit);
            return wordEnd - end - 1 <= 4 && PARTICLES.contains(text.substring(end + 1, wordEnd));
        }
        return next >= 0x80 && Words.startsUpper(text, end + 1);
    }

    /** A word that opens sentences and clauses ({@code Later}, {@code The}), never part of a name. */
    static boolean isStopWord(String word) {
        return STOP.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A capitalised word that can be part of a personal name. */
    static boolean nameWord(String word) {
        if (word.length() < 2 || !(Character.isUpperCase(word.codePointAt(0)) || Character.isTitleCase(word.codePointAt(0)))) {
            return false;
        }
        String bare = Words.withoutPossessive(word);
        if (Words.isAcronym(bare) || bare.length() < 2) {
            return false;
        }
        for (int i = 1; i < bare.length(); i++) {
            char c = bare.charAt(i);
            if (!(Character.isLetter(c) || c == '-' || c == '\'' || c == '\u2019'
                    || Character.getType(c) == Character.NON_SPACING_MARK)) {
                return false;
            }
        }
        int apostrophe = Math.max(bare.indexOf('\''), bare.indexOf('\u2019'));
        if (apostrophe >= 0 && (apostrophe + 1 >= bare.length() || !Character.isUpperCase(bare.charAt(apostrophe + 1)))) {
            return false; // "I'm", "Let's"; a name's apostrophe comes before a capital ("O'Neil")
        }
        String lower = RoleWords.norm(bare);
        return !STOP.contains(lower) && !RoleWords.isTitleOrOrganisationNorm(lower) && !"chief".equals(lower);
    }

    /** The run goes on into an organisation's name: {@code Nanyang Technological University}, {@code Zhipu AI}. */
    private static boolean continuesAsOrganisation(String text, int end, int limit) {
        int next = Words.nextWordStart(text, end, limit);
        if (next < 0 || next - end > 1) {
            return false;
        }
        String word = Words.withoutPossessive(wordAt(text, next, limit));
        return Words.startsUpper(text, next) && (RoleWords.isOrganisationWord(word) || Words.isAcronym(word)
                && !RoleWords.isHead(word));
    }

    static String wordAt(String text, int at, int limit) {
        return text.substring(at, Words.end(text, at, limit));
    }
}

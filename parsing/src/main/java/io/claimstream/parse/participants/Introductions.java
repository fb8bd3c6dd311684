package io.claimstream.parse.participants;

import io.claimstream.parse.text.Chars;

/**
 * The grammar of an introduction around a name: a title before it ({@code Lumen Labs CEO Ana Ruiz},
 * {@code Tencent’s chief AI scientist Ana Ruiz}, {@code Professor Ana Ruiz}) and a description after
 * it: an appositive up to the next comma, semicolon or sentence end ({@code Ana Ruiz, the dean of X;}),
 * a relative clause ({@code Ana Ruiz, who leads research at X}), parentheses
 * ({@code Ana Ruiz (Host, X)}) or an organisation ({@code Ana Ruiz of X}). Lists such as
 * {@code featured A, …; B of X; and C, …} need no rule of their own: each name reads its own part.
 */
final class Introductions {

    /** What the text says about one name, and the stretch of text that says it. */
    record Introduction(String name, String role, String affiliation, int start, int end) {
    }

    private static final int MAX_DESCRIPTION = 200;
    private static final int MAX_TITLE_WORDS = 6;

    private Introductions() {
    }

    /** The introduction around {@code mention}, or null when the text only names the person. */
    static Introduction read(String text, NameMentions.Mention mention, int limit, DescriptionCache descriptions) {
        Title title = titleBefore(text, mention.start());
        Described after = describedAfter(text, mention.end(), limit, descriptions);
        if (title == null && after == null) {
            return null;
        }
        if (after == null && title.role == null && !actsAsPerson(text, mention.end(), limit)) {
            return null; // "Anthropic’s Claude Code": a possessive alone names products as often as people
        }
        String role = after != null && after.found.role() != null ? after.found.role() : title == null ? null : title.role;
        String affiliation = after != null && after.found.affiliation() != null ? after.found.affiliation()
                : title == null ? null : title.affiliation;
        if (role == null && affiliation == null) {
            return null;
        }
        return new Introduction(mention.name(), role, affiliation, title == null ? mention.start() : title.start,
                after == null ? mention.end() : after.end);
    }

    private record Title(String role, String affiliation, int start) {
    }

    private record Described(Descriptions.RoleAndAffiliation found, int end) {
    }

    /** Title words right before the name, and the organisation before them. */
    private static Title titleBefore(String text, int nameStart) {
        int owner = organisationBefore(text, nameStart);
        if (owner >= 0 && isPossessiveBefore(text, nameStart)) {
            // "Meridian’s Ines Ruiz", "Jefferies’ Alan Cho": the organisation, without a title
            String run = text.substring(owner, Chars.trimEnd(text, owner, nameStart));
            return new Title(null, stripPossessive(run), owner);
        }
        int titleStart = -1;
        int at = nameStart;
        int words = 0;
        boolean courtesyOnly = true;
        while (words < MAX_TITLE_WORDS) {
            int end = Words.previousWordEnd(text, at, 0);
            if (end < 0) {
                break;
            }
            int start = Words.start(text, text.charAt(end - 1) == '.' ? end - 1 : end, 0);
            String word = text.substring(start, end);
            boolean adjacent = words == 0;
            boolean head = RoleWords.isHead(word) || RoleWords.isHonorific(word);
            if (adjacent ? !head : !(head || RoleWords.isModifier(word) && !Words.isPossessive(word))) {
                break;
            }
            courtesyOnly &= isCourtesy(word);
            titleStart = start;
            at = start;
            words++;
        }
        if (titleStart < 0 || courtesyOnly) {
            return null;
        }
        // "of" or "and" cannot open a title: "dean of CEO Ana" is two phrases
        while (titleStart < nameStart) {
            String first = NameMentions.wordAt(text, titleStart, nameStart);
            if (!first.equals("of") && !first.equals("and") && !first.equals("&")) {
                break;
            }
            titleStart = Words.nextWordStart(text, titleStart + first.length(), nameStart);
        }
        int organisationStart = organisationBefore(text, titleStart);
        // "Zhipu AI Chief Scientist": capitalised organisation words at the title's start belong to the organisation
        while (organisationStart >= 0) {
            String first = NameMentions.wordAt(text, titleStart, nameStart);
            int next = Words.nextWordStart(text, titleStart + first.length(), nameStart);
            if (next < 0 || !Words.startsUpper(text, titleStart) || !RoleWords.isOrganisationWord(first)) {
                break;
            }
            titleStart = next;
        }
        String role = text.substring(titleStart, Chars.trimEnd(text, titleStart, nameStart));
        String affiliation = null;
        int start = titleStart;
        if (organisationStart >= 0) {
            String run = text.substring(organisationStart, Chars.trimEnd(text, organisationStart, titleStart));
            affiliation = stripPossessive(run);
            start = organisationStart;
        }
        return role.isEmpty() ? null : new Title(role, affiliation, start);
    }

    private static final java.util.Set<String> PERSON_VERBS = java.util.Set.of("said", "says", "told", "tells", "added",
            "argued", "argues", "believes", "believed", "thinks", "thought", "agreed", "agrees", "disagreed", "disagrees",
            "noted", "notes", "wrote", "writes", "explained", "explains", "expects", "expected", "warned", "warns",
            "predicted", "predicts", "estimated", "estimates", "cautioned", "countered", "replied", "asked", "asks",
            "recalled", "insisted", "admitted", "acknowledged", "suggested", "suggests", "stressed", "emphasized",
            "emphasised", "pointed", "commented", "remarked", "joked", "conceded", "sees", "saw", "doubts", "doubted");

    /** The name is the subject of a verb only people do ({@code Meridian’s Rui Tanaka said}). */
    private static boolean actsAsPerson(String text, int nameEnd, int limit) {
        int next = Words.nextWordStart(text, nameEnd, limit);
        return next > 0 && PERSON_VERBS.contains(NameMentions.wordAt(text, next, limit));
    }

    /** The word right before {@code at} is a possessive: {@code X’s} or {@code Xs’}. */
    private static boolean isPossessiveBefore(String text, int at) {
        int end = Chars.trimEnd(text, 0, at);
        if (end == at || end < 3) {
            return false;
        }
        char last = text.charAt(end - 1);
        char before = text.charAt(end - 2);
        return (last == 's' && (before == '\'' || before == '\u2019')) || ((last == '\'' || last == '\u2019') && before == 's');
    }

    private static String stripPossessive(String run) {
        String r = run.strip();
        if (r.endsWith("'") || r.endsWith("\u2019")) {
            return r.substring(0, r.length() - 1);
        }
        return Words.withoutPossessive(r);
    }

    /** Capitalised words before a title ({@code OpenAI}, {@code Lumen Labs’}, {@code Tencent’s}), or -1. */
    private static int organisationBefore(String text, int titleStart) {
        int at = titleStart;
        int first = -1;
        for (int words = 0; words < 5; words++) {
            int end = previousEnd(text, at, words == 0);
            if (end < 0 || text.charAt(end - 1) == '.') {
                break;
            }
            int start = Words.start(text, end, 0);
            String word = text.substring(start, end);
            if (first >= 0 && CONNECTORS.contains(word) && Words.previousWordEnd(text, start, 0) > 0) {
                int left = Words.start(text, Words.previousWordEnd(text, start, 0), 0);
                if (Words.startsUpper(text, left)) {
                    at = start; // "Bank of America's": walk on over the connector
                    continue;
                }
            }
            if (!Words.startsUpper(text, start) || RoleWords.isHead(word) || RoleWords.isHonorific(word)
                    || (!Words.isAcronym(Words.withoutPossessive(word)) && !NameMentions.nameWord(word)
                    && !RoleWords.isOrganisationWord(word))) {
                break;
            }
            if (words > 0 && Words.isPossessive(word)) {
                break;
            }
            first = start;
            at = start;
        }
        return first;
    }

    private static final java.util.Set<String> CONNECTORS = java.util.Set.of("of", "&", "for", "de");

    /** {@link Words#previousWordEnd}, also over the apostrophe of a plural possessive ({@code Jefferies’}). */
    private static int previousEnd(String text, int at, boolean first) {
        int end = Words.previousWordEnd(text, at, 0);
        if (end >= 0 || !first) {
            return end;
        }
        int i = Chars.trimEnd(text, 0, at);
        if (i < at && i >= 2 && (text.charAt(i - 1) == '\'' || text.charAt(i - 1) == '\u2019') && text.charAt(i - 2) == 's') {
            return i - 1;
        }
        return -1;
    }

    private static boolean isCourtesy(String word) {
        String w = RoleWords.norm(word);
        return w.startsWith("mr") || w.startsWith("ms") || w.startsWith("mx") || w.startsWith("dr") || w.equals("sir") || w.equals("dame")
                || w.equals("lord") || w.equals("lady") || w.startsWith("rev") || w.equals("father")
                || w.equals("sister") || w.equals("brother");
    }

    private static Described describedAfter(String text, int nameEnd, int limit, DescriptionCache descriptions) {
        if (nameEnd >= limit) {
            return null;
        }
        char c = text.charAt(nameEnd);
        if (c == ',' || c == '\uFF0C') {
            return appositive(text, Chars.skipSpace(text, nameEnd + 1, limit), limit, descriptions);
        }
        int next = Chars.skipSpace(text, nameEnd, limit);
        if (next < limit && (text.charAt(next) == '(' || text.charAt(next) == '\uFF08') && next - nameEnd <= 1) {
            int close = closingParen(text, next + 1, Math.min(limit, next + 100));
            if (close < 0) {
                return null;
            }
            Descriptions.RoleAndAffiliation found = descriptions.ofParenthesis(text.substring(next + 1, close));
            return found == null ? null : new Described(found, close + 1);
        }
        int word = Words.nextWordStart(text, nameEnd, limit);
        if (word < 0) {
            return null;
        }
        String preposition = NameMentions.wordAt(text, word, limit);
        if (preposition.equals("is") || preposition.equals("was")) {
            return predicate(text, word + preposition.length(), limit, descriptions);
        }
        if (!preposition.equals("of") && !preposition.equals("from") && !preposition.equals("at")) {
            return null;
        }
        int org = Words.nextWordStart(text, word + preposition.length(), limit);
        if (org < 0 || !Words.startsUpper(text, org)) {
            return null;
        }
        java.util.regex.Matcher run = Descriptions.NAME_RUN.matcher(text).region(org, Math.min(limit, org + 80));
        if (!run.lookingAt()) {
            return null;
        }
        String phrase = Words.withoutPossessive(run.group());
        int end = org + phrase.length();
        if (!Descriptions.looksLikeOrganisation(phrase) || RoleWords.isHead(Words.SPACES.split(phrase)[0])) {
            return null;
        }
        return new Described(new Descriptions.RoleAndAffiliation(null, phrase), end);
    }

    /** {@code , the dean of X} or {@code , who leads X at Y}: up to the clause's end. */
    private static Described appositive(String text, int from, int limit, DescriptionCache descriptions) {
        int end = boundary(text, from, limit);
        if (end <= from) {
            return null;
        }
        String description = text.substring(from, end);
        String first = NameMentions.wordAt(text, from, end);
        if (first.equals("who")) {
            int verb = Words.nextWordStart(text, from + 3, end);
            if (verb < 0) {
                return null;
            }
            String v = NameMentions.wordAt(text, verb, end);
            if (v.equals("is") || v.equals("was")) {
                verb = Words.nextWordStart(text, verb + v.length(), end);
            } else if (!RoleWords.isRoleVerb(v)) {
                return null;
            }
            description = verb < 0 ? "" : text.substring(verb, end);
            Descriptions.RoleAndAffiliation found = RoleWords.isRoleVerb(v) ? clause(description)
                    : descriptions.of(description);
            return found == null ? null : new Described(found, end);
        }
        if (first.isEmpty() || Character.isDigit(first.charAt(0)) || RoleWords.isSpeechWord(first)
                || CONJUNCTIONS.contains(first) || introducesSomeoneElse(text, from, end)) {
            return null; // ", and Lattice Labs' dean Kofi Mensah": the next item of a list, not a description
        }
        int relative = relativeClause(description);
        Descriptions.RoleAndAffiliation found = descriptions.of(relative < 0 ? description : description.substring(0, relative));
        return found == null ? null : new Described(found, relative < 0 ? end : from + Chars.trimEnd(description, 0, relative));
    }

    /** {@code Ana Ruiz is the dean of X}: a description after "is", only when it opens like one. */
    private static Described predicate(String text, int afterVerb, int limit, DescriptionCache descriptions) {
        int from = Words.nextWordStart(text, afterVerb, limit);
        if (from < 0) {
            return null;
        }
        String first = NameMentions.wordAt(text, from, limit);
        boolean opens = first.equals("the") || first.equals("a") || first.equals("an")
                || Words.startsUpper(text, from) && Words.isPossessive(first);
        return opens ? appositive(text, from, limit, descriptions) : null;
    }

    /** {@code leads the model team at X}: the clause is the role, its organisation the affiliation. */
    private static Descriptions.RoleAndAffiliation clause(String description) {
        Descriptions.RoleAndAffiliation found = Descriptions.split(description.strip());
        return found.role() == null ? new Descriptions.RoleAndAffiliation(description.strip(), found.affiliation()) : found;
    }

    /** Where an appositive ends: a clause mark, a sentence end, a line break, or too far to be one. */
    private static int boundary(String text, int from, int limit) {
        int max = Math.min(limit, from + MAX_DESCRIPTION);
        for (int i = from; i < max; i++) {
            char c = text.charAt(i);
            switch (c) {
                case ',', ';', ':', '(', ')', '!', '?', '"', '\u201C', '\u201D', '\n', '\r', '\uFF0C', '\uFF1B',
                     '\u3002', '[', ']' -> {
                    return Chars.trimEnd(text, from, i);
                }
                case '\u2014', '\u2013' -> {
                    if (i + 1 < max && Chars.isSpace(text.charAt(i + 1)) || i > from && Chars.isSpace(text.charAt(i - 1))) {
                        return Chars.trimEnd(text, from, i);
                    }
                }
                case '.' -> {
                    if (sentenceEnd(text, from, i, limit)) {
                        return Chars.trimEnd(text, from, i);
                    }
                }
                default -> {
                }
            }
        }
        return max == limit ? Chars.trimEnd(text, from, limit) : -1;
    }

    private static boolean sentenceEnd(String text, int from, int dot, int limit) {
        if (dot + 1 < limit && !Chars.isSpace(text.charAt(dot + 1))) {
            return false; // "U.S.", "3.5", "x.ai"
        }
        int start = Words.start(text, dot, from);
        String word = text.substring(start, dot);
        return word.length() > 1 && !ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of(
            "inc", "corp", "co", "ltd", "jr", "sr", "st", "dr", "prof", "mr", "ms", "mrs", "vs", "no", "dept", "univ");

    private static final java.util.Set<String> CONJUNCTIONS = java.util.Set.of("and", "or", "but", "nor", "plus", "with",
            "while", "whereas", "yet", "so", "then", "both");

    /** A title followed by a name inside the stretch: {@code … dean Kofi Mensah} introduces another person. */
    private static boolean introducesSomeoneElse(String text, int from, int end) {
        int i = from;
        while (i < end) {
            int wordEnd = Words.end(text, i, end);
            if (wordEnd == i) {
                i++;
                continue;
            }
            String word = text.substring(i, wordEnd);
            int next = Words.nextWordStart(text, wordEnd, end);
            if (next > 0 && (RoleWords.isHead(word) || RoleWords.isHonorific(word)) && Words.startsUpper(text, next)
                    && NameMentions.read(text, next, end, name -> false) != null) {
                return true;
            }
            i = wordEnd;
        }
        return false;
    }

    private static int relativeClause(String description) {
        java.util.regex.Matcher m = RELATIVE.matcher(description);
        return m.find() ? m.start() : -1;
    }

    /** A relative clause, or a new clause after "and" ({@code the CEO of X and she thinks …}), ends a description. */
    private static final java.util.regex.Pattern RELATIVE = java.util.regex.Pattern.compile(
            "\\s(?:who|whom|whose|which|that|where)\\s|\\s(?:and|but)\\s(?!(?:the|a|an|also|co-?founder|co|chief|senior|vice|"
                    + "deputy|executive|managing|founding|former|president|ceo|cto|head|director|professor|partner|dean|lead|"
                    + "founder|member|adjunct|visiting)\\b)\\p{Ll}");

    private static boolean hasLowerCaseWord(String phrase) {
        for (String w : Words.SPACES.split(phrase)) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !w.equals("of") && !w.equals("and")
                    && !w.equals("for") && !w.equals("the") && !w.equals("-")) {
                return true;
            }
        }
        return false;
    }

    private static int closingParen(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ')' || c == '\uFF09') {
                return i;
            }
            if (c == '(' || c == '\n' || c == '\r') {
                return -1;
            }
        }
        return -1;
    }
}

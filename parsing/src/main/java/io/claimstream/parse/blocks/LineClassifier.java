package io.claimstream.parse.blocks;

import io.claimstream.parse.text.Chars;
import io.claimstream.parse.text.Line;

import java.util.Locale;
import java.util.Set;

/** Classifies one line by its own shape; neighbours are considered by {@link ParagraphAssembler}. */
public final class LineClassifier {

    private static final int MAX_HEADING = 100;
    private static final int MAX_HEADING_WORDS = 14;

    /** {@code Word:} prefixes that mark a line as a note about the document. */
    private static final Set<String> METADATA_PREFIXES = Set.of(
            "note", "notes", "nb", "update", "updated", "source", "sources", "editor's note", "editors' note",
            "editor’s note", "editor's notes", "author's note", "translator's note", "photo", "photos", "image",
            "caption", "credit", "credits", "photo credit", "disclaimer", "disclosure", "correction",
            "clarification", "tags", "keywords", "category", "categories", "related", "read more", "see also",
            "published", "posted", "date", "location", "venue", "edited by", "translated by", "written by",
            "author", "authors", "url", "link", "original", "first published", "last updated", "reading time",
            "copyright", "via", "sponsor", "sponsors");

    private LineClassifier() {
    }

    public static LineKind classify(String text, Line line) {
        int s = line.start();
        int e = line.end();
        char c = text.charAt(s);
        if (isRule(text, s, e)) {
            return LineKind.RULE;
        }
        if (c == '|' || isTableSeparator(text, s, e)) {
            return LineKind.TABLE_ROW;
        }
        if (c == '#') {
            int level = headingLevel(text, s, e);
            if (level > 0) {
                return LineKind.HEADING;
            }
        }
        if (isBulletMark(c) && s + 1 < e && Chars.isSpace(text.charAt(s + 1))) {
            return LineKind.BULLET;
        }
        if (numberPrefixEnd(text, s, e) > 0 || romanSectionTitle(text, s, e)) {
            return LineKind.NUMBERED;
        }
        if (isMetadata(text, s, e)) {
            return LineKind.METADATA;
        }
        if (isTitleCaseLine(text, s, e)) {
            return LineKind.HEADING;
        }
        return LineKind.TEXT;
    }

    /** Markdown ATX heading level ({@code ## Title} = 2), or 0. */
    public static int headingLevel(String text, int s, int e) {
        int i = s;
        while (i < e && text.charAt(i) == '#') {
            i++;
        }
        int level = i - s;
        return level >= 1 && level <= 6 && i < e && Chars.isSpace(text.charAt(i)) ? level : 0;
    }

    /**
     * End of a {@code 1.}, {@code 01.}, {@code 2.3}, {@code 05b.}, {@code 4)}, {@code (4)}, {@code 5、} prefix plus space,
     * or -1.
     */
    public static int numberPrefixEnd(String text, int s, int e) {
        int i = s;
        if (text.charAt(s) == '(') {
            // "(3) Unit cost: below 100,000 yuan by mid-2028.": a number in brackets enumerates as "3)" does
            int close = s + 1;
            while (close < e && close <= s + 2 && isAsciiDigit(text.charAt(close))) {
                close++;
            }
            return close > s + 1 && close + 1 < e && text.charAt(close) == ')' && Chars.isSpace(text.charAt(close + 1))
                    ? Chars.skipSpace(text, close + 1, e) : -1;
        }
        int digits = 0;
        while (i < e && isAsciiDigit(text.charAt(i)) && digits < 3) {
            i++;
            digits++;
        }
        if (digits == 0 || i >= e) {
            return -1;
        }
        if (i + 1 < e && text.charAt(i) >= 'a' && text.charAt(i) <= 'z'
                && (text.charAt(i + 1) == '.' || text.charAt(i + 1) == ')')) {
            i++; // "05b." numbers a part of section 5 as "5.2" would
        }
        while (i + 1 < e && text.charAt(i) == '.' && isAsciiDigit(text.charAt(i + 1))) {
            i++;
            while (i < e && isAsciiDigit(text.charAt(i))) {
                i++;
            }
        }
        if (i < e && (text.charAt(i) == '.' || text.charAt(i) == ')' || text.charAt(i) == '\u3001')) {
            i++;
        } else if (text.charAt(i - 1) == '.' || !Chars.isSpace(text.charAt(i))) {
            return -1;
        }
        if (i >= e || !Chars.isSpace(text.charAt(i))) {
            return text.charAt(i - 1) == '\u3001' && i < e ? i : -1;
        }
        return Chars.skipSpace(text, i, e);
    }

    /**
     * A part numbered in capital Roman numerals over a title in capitals or title case ({@code IV. THE FLOOR},
     * {@code II. "We Read It Online"}), as a long feature or an oral history divides its sections: numbered as
     * {@code 4.} would number it. A Roman numeral before prose ("I. Smith said …") is no title.
     */
    static boolean romanSectionTitle(String text, int s, int e) {
        int i = s;
        while (i < e && i - s < 5 && "IVXL".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        if (i == s || i + 2 >= e || text.charAt(i) != '.' || !Chars.isSpace(text.charAt(i + 1))) {
            return false;
        }
        int rest = Chars.skipSpace(text, i + 1, e);
        int end = e;
        if (rest < end && (text.charAt(rest) == '"' || text.charAt(rest) == '\u201C')
                && (text.charAt(end - 1) == '"' || text.charAt(end - 1) == '\u201D')) {
            end--; // the title quotes a phrase: II. "We read it online"
        }
        return rest < end && isTitleCaseLine(text, rest, end);
    }

    /** Depth of a numbered heading: {@code 2.} is 2, {@code 2.1} is 3. */
    public static int numberDepth(String text, int s, int e) {
        int depth = 2;
        for (int i = s; i < e && (isAsciiDigit(text.charAt(i)) || text.charAt(i) == '.'); i++) {
            if (text.charAt(i) == '.' && i + 1 < e && isAsciiDigit(text.charAt(i + 1))) {
                depth++;
            }
        }
        return Math.min(depth, 6);
    }

    /** A list item's mark: dashes, dots, squares, and the arrows and triangles digests set before their points. */
    public static boolean isBulletMark(char c) {
        return c == '-' || c == '*' || c == '+' || c == '\u2022' || c == '\u00B7' || c == '\u25AA'
                || c == '\u25E6' || c == '\u2023' || c == '\u25CF' || c == '\u25CB' || c == '\u25A0'
                || c == '\u25A1' || c == '\u2013' || c == '\u2014' || c == '\u2043' || c == '\u2219'
                || c == '\u2192' || c == '\u21D2' || c == '\u279C' || c == '\u27A4' || c == '\u25B8' || c == '\u25BA'
                || c == '\u25B6';
    }

    /**
     * Can a numbered line ending like this be a heading? As any heading, or as a title that quotes a phrase
     * ({@code 02. "Learning when to stop"}, {@code 05c. "Can Tideline improve Tideline?"}): the quotation closes
     * without the full stop or comma of a sentence that quotes somebody.
     */
    public static boolean endsLikeNumberedHeading(String text, int s, int e) {
        char last = text.charAt(e - 1);
        return endsLikeHeading(text, s, e) || (last == '"' || last == '\u201D') && e - 1 > s
                && endsLikeHeading(text, s, e - 1);
    }

    /** Can a line ending like this be a heading? Headings do not end in sentence punctuation. */
    public static boolean endsLikeHeading(String text, int s, int e) {
        char last = text.charAt(e - 1);
        return last != '.' && last != ',' && last != ';' && last != ':' && last != '!' && last != '\u3002'
                && last != '\uFF0C' && last != '\uFF1A' && last != '"' && last != '\u201D';
    }

    static boolean isTableSeparator(String text, int s, int e) {
        boolean dash = false;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (c == '-') {
                dash = true;
            } else if (c != '|' && c != ':' && !Chars.isSpace(c)) {
                return false;
            }
        }
        return dash && text.indexOf('|', s) >= 0 && text.indexOf('|', s) < e;
    }

    private static boolean isRule(String text, int s, int e) {
        if (e - s < 3) {
            return false;
        }
        char c = text.charAt(s);
        if (c != '-' && c != '*' && c != '_' && c != '=' && c != '\u2014' && c != '\u2500') {
            return false;
        }
        for (int i = s; i < e; i++) {
            if (text.charAt(i) != c && !Chars.isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMetadata(String text, int s, int e) {
        char c = text.charAt(s);
        if (c == '\u25B2' || c == '\u25B3' || c == '\u2191') {
            return true; // "▲ caption under a photo"
        }
        if (text.startsWith("http://", s) || text.startsWith("https://", s) || text.startsWith("www.", s)) {
            return text.indexOf(' ', s) < 0 || text.indexOf(' ', s) >= e;
        }
        int colon = -1;
        for (int i = s; i < Math.min(e, s + 24); i++) {
            char x = text.charAt(i);
            if (x == ':' || x == '\uFF1A') {
                colon = i;
                break;
            }
        }
        if (colon > s) {
            String prefix = text.substring(s, colon).strip().replace('\u2019', '\'').toLowerCase(Locale.ROOT);
            prefix = prefix.replace("*", "").replace("_", "").strip();
            if (METADATA_PREFIXES.contains(prefix)) {
                return true;
            }
        }
        if (e - s <= MAX_RECORDING_NOTICE && RECORDING_NOTICE.matcher(text).region(s, e).matches()) {
            return true;
        }
        if (CREDITS.matcher(text).region(s, e).lookingAt()) {
            return true;
        }
        return e - s <= 60 && text.startsWith("By ", s) && Character.isUpperCase(text.charAt(Math.min(e - 1, s + 3)));
    }

    /**
     * What a meeting tool writes into its transcript when someone works its controls ("Priya Raman stopped
     * transcription", "Recording started"): the tool's record, nobody's words.
     */
    private static final java.util.regex.Pattern RECORDING_NOTICE = java.util.regex.Pattern.compile(
            "(?:[\\p{L}.'\u2019 -]{1,50} )?(?:started|stopped|paused|resumed|ended) (?:the )?(?:transcription|recording)\\.?"
                    + "|(?:Transcription|Recording) (?:started|stopped|paused|resumed|ended)\\.?");
    private static final int MAX_RECORDING_NOTICE = 80;

    /**
     * A header's credits, a role and its person after another ("Host: Marcus Tillery | Guest: Priya Venkataraman,
     * …"): who made the programme, said by nobody in it.
     */
    private static final java.util.regex.Pattern CREDITS = java.util.regex.Pattern.compile(
            "[ \\t]*\\p{L}[\\p{L} ]{0,20}:[ \\t]*\\p{Lu}[^|:\\n]{1,60}\\|[ \\t]*\\p{L}[\\p{L} ]{0,20}:[ \\t]");

    /** A short line in title case without closing punctuation: {@code Core Viewpoints}. */
    static boolean isTitleCaseLine(String text, int s, int e) {
        if (e - s > MAX_HEADING || !endsLikeHeading(text, s, e)) {
            return false;
        }
        int words = 0;
        int longWords = 0;
        int capitalised = 0;
        int firstLetter = -1;
        int i = s;
        while (i < e) {
            i = Chars.skipSpace(text, i, e);
            if (i >= e) {
                break;
            }
            int wordStart = i;
            while (i < e && !Chars.isSpace(text.charAt(i))) {
                i++;
            }
            int letter = firstLetter(text, wordStart, i);
            if (letter < 0) {
                continue;
            }
            words++;
            int cp = text.codePointAt(letter);
            if (Chars.isCjk(cp)) {
                return false; // CJK has no case; such a short line is as likely a sentence
            }
            if (firstLetter < 0) {
                firstLetter = cp;
            }
            if (i - wordStart >= 4) {
                longWords++;
                if (Character.isUpperCase(cp) || Character.isDigit(cp)) {
                    capitalised++;
                }
            }
        }
        if (words == 0 || words > MAX_HEADING_WORDS || firstLetter < 0 || !Character.isUpperCase(firstLetter)) {
            return false;
        }
        return longWords == 0 || capitalised * 10 >= longWords * 7;
    }

    private static int firstLetter(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return i;
            }
            if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLetter(text.codePointAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

package io.claimstream.parse.turns;

import java.util.regex.Pattern;

import io.claimstream.parse.text.Chars;
import io.claimstream.parse.text.Line;
import io.claimstream.parse.text.Timestamps;

/**
 * Recognises the shape of a speaker label at the start of a line: {@code Name: text},
 * {@code Name (Role): text}, {@code Name : text}, {@code **Name:** text}, {@code “Outlet”: text},
 * and the colon-less {@code Dana Park — text}, {@code Q. text} and the record style of hearings and
 * parliaments ({@code Chair WALSH. text}, {@code Mr. OKAFOR of Ohio. text}), optionally after a timestamp.
 * Whether a candidate really is a speaker is decided for the whole
 * document by {@link LabelVetting}.
 */
public final class LabelReader {

    /** How far into a line the colon may be: a name plus a role. */
    private static final int MAX_PREFIX = 110;
    private static final int MAX_ROLE = 80;

    /** All a line says after its colon is one figure ({@code 41,208.33}, {@code $2.3bn}, {@code 12%}). */
    private static final Pattern FIGURE_ONLY = Pattern.compile("[ \\t]*[$€£¥]?\\d[\\d.,]*(?:%|[kKmMbB]n?)?[ \\t]*");

    private LabelReader() {
    }

    /** The label that starts {@code line}, or null. */
    public static SpeakerLabel read(String text, Line line) {
        return read(text, line.start(), line.end());
    }

    public static SpeakerLabel read(String text, int from, int to) {
        int start = from;
        int p = from;
        Timestamps.Stamp stamp = Timestamps.at(text, p, to);
        if (stamp != null) {
            p = Chars.skipSpace(text, stamp.end(), to);
            if (p < to && (text.charAt(p) == '-' || text.charAt(p) == '\u2013')) {
                p = Chars.skipSpace(text, p + 1, to);
            }
        }
        p = skipEmphasis(text, p, to);
        int numbered = afterQuestionNumber(text, p, to);
        if (numbered > p) {
            SpeakerLabel afterNumber = colonLabel(text, start, numbered, to, stamp);
            if (afterNumber != null) {
                return afterNumber;
            }
        }
        SpeakerLabel colonLabel = colonLabel(text, start, p, to, stamp);
        if (colonLabel != null) {
            return colonLabel;
        }
        Long millis = stamp == null ? null : stamp.millis();
        SpeakerLabel questionOrAnswer = questionOrAnswer(text, start, p, to, millis);
        if (questionOrAnswer != null) {
            return questionOrAnswer;
        }
        SpeakerLabel record = RecordLabels.read(text, start, p, to, millis);
        return record != null ? record : dashed(text, start, p, to, millis);
    }

    /**
     * Where the label begins after a question's number, or {@code from} without one: a parliamentary committee's
     * oral evidence numbers every question a member asks ({@code Q88 Chair: Thank you.}, {@code Q90  Saira Haq: …},
     * the number and the name set apart by spaces or a tab), and the number says which question, not who asks it.
     */
    private static int afterQuestionNumber(String text, int from, int to) {
        int i = from;
        if (i + 2 >= to || text.charAt(i) != 'Q' || !Character.isDigit(text.charAt(i + 1))) {
            return from;
        }
        i++;
        while (i < to && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i - from <= 5 && i < to && Chars.isSpace(text.charAt(i)) ? Chars.skipSpace(text, i, to) : from;
    }

    /** {@code Name: text}, {@code Name (Role): text}, {@code Name, Role: text}. */
    private static SpeakerLabel colonLabel(String text, int start, int p, int to, Timestamps.Stamp stamp) {
        int colon = findColon(text, p, Math.min(to, p + MAX_PREFIX));
        if (colon < 0) {
            return null;
        }
        int after = colon + 1;
        if (after < to && (text.charAt(after) == '/' || Character.isDigit(text.charAt(after)))) {
            return null; // a URL or a time of day
        }
        if (FIGURE_ONLY.matcher(text).region(after, to).matches()) {
            return null; // "Market Cap: 41,208.33": a header's field and its figure, nobody's speech
        }
        int prefixEnd = Chars.trimEnd(text, p, colon);
        prefixEnd = trimEmphasisEnd(text, p, prefixEnd);
        Long millis = stamp == null ? null : stamp.millis();
        BracketedTime time = bracketedTimeAtEnd(text, p, prefixEnd);
        if (time != null) {
            // "Dana Park (00:01:12):", "Dana Park [01:12]:" (Rev, Temi): when the turn starts, not a role
            millis = millis == null ? Long.valueOf(time.millis()) : millis;
            prefixEnd = trimEmphasisEnd(text, p, Chars.trimEnd(text, p, time.open()));
        }
        int comma = firstCommaOutsideParens(text, p, prefixEnd);
        if (comma >= 0) {
            return appositive(text, start, p, comma, prefixEnd, after, to, millis);
        }
        String role = null;
        int nameEnd = prefixEnd;
        int open = -1;
        if (prefixEnd > p && isClosingParen(text.charAt(prefixEnd - 1))) {
            open = lastOpenParen(text, p, prefixEnd - 1);
            if (open <= p || prefixEnd - 1 - open > MAX_ROLE) {
                return null;
            }
            String inside = text.substring(open + 1, prefixEnd - 1).strip();
            if (Timestamps.at(inside, 0, inside.length()) == null && !inside.isEmpty()) {
                role = inside;
            }
            nameEnd = Chars.trimEnd(text, p, open);
            nameEnd = trimEmphasisEnd(text, p, nameEnd);
        }
        int nameStart = p;
        boolean quoted = false;
        if (nameEnd - nameStart >= 3 && isOpenQuote(text.charAt(nameStart)) && isCloseQuote(text.charAt(nameEnd - 1))) {
            nameStart++;
            nameEnd--;
            quoted = true;
        }
        if (nameEnd <= nameStart || nameEnd - nameStart > LabelNames.MAX_LENGTH) {
            return null;
        }
        String name = text.substring(nameStart, nameEnd);
        if (role != null && !quoted && CueLabels.isCue(name)) {
            // "SOUNDBITE (Ingrid Halvorsen, CEO, Halvorsen Compute):": the cue names the tape, the parentheses who speaks
            int textStart = Chars.skipSpace(text, skipEmphasis(text, Chars.skipSpace(text, after, to), to), to);
            return CueLabels.speakerInside(text, open, prefixEnd - 1, start, textStart, millis);
        }
        String key = LabelNames.key(name);
        if (LabelNames.isNotSpeaker(key)) {
            return null;
        }
        boolean generic = LabelNames.isGeneric(key) || LabelNames.isNumberedAsker(key, role);
        if (!generic && !quoted && !looksLikeName(name) && !(stamp != null && looksLikeHandle(name))
                && !outletAskingThroughout(text, name)) {
            return null;
        }
        if (quoted && !looksLikeOutlet(name)) {
            return null;
        }
        int textStart = skipEmphasis(text, Chars.skipSpace(text, after, to), to);
        textStart = Chars.skipSpace(text, textStart, to);
        int lineEnd = Chars.trimEnd(text, textStart, to);
        Timestamps.Stamp timeAfter = textStart < lineEnd && (text.charAt(textStart) == '(' || text.charAt(textStart) == '[')
                ? Timestamps.at(text, textStart, lineEnd) : null;
        if (timeAfter != null && timeAfter.end() == lineEnd) {
            // "Dana Park: (12:03)" alone on its line (rev.com): when the turn starts; the words are on the lines below
            millis = millis == null ? Long.valueOf(timeAfter.millis()) : millis;
            textStart = to;
        }
        if (generic && !quoted && namesSomebodyOnly(text, textStart, to)) {
            return null; // "Analyst: Dana Park, CFA", "Host: Dana Park": a credit line names who, nobody speaks
        }
        return new SpeakerLabel(name, role, nameStart, nameEnd, start, textStart, generic || quoted, millis, false);
    }

    /**
     * {@code Q. How…} / {@code A. About…}, as print interviews write them. Only these two letters: a
     * lettered list ({@code A. First option}) has no {@code Q.}, which {@link LabelVetting} checks.
     */
    private static SpeakerLabel questionOrAnswer(String text, int start, int p, int to, Long millis) {
        SpeakerLabel spaced = spacedQuestion(text, start, p, to, millis);
        if (spaced != null) {
            return spaced;
        }
        SpeakerLabel dashed = dashedQuestionOrAnswer(text, start, p, to, millis);
        if (dashed != null) {
            return dashed;
        }
        if (p + 3 > to || text.charAt(p) != 'Q' && text.charAt(p) != 'A' || text.charAt(p + 1) != '.') {
            return null;
        }
        int i = p + 2;
        while (i < to && (text.charAt(i) == '*' || text.charAt(i) == '_')) {
            i++; // "**Q.** How…"
        }
        if (i >= to || !Chars.isSpace(text.charAt(i))) {
            return null;
        }
        int textStart = Chars.skipSpace(text, i, to);
        if (textStart >= to) {
            return null;
        }
        return new SpeakerLabel(text.substring(p, p + 1), null, p, p + 1, start, textStart, true, millis, false,
                SpeakerLabel.Separator.PERIOD);
    }

    /**
     * {@code Q — How…} / {@code A — About…}: a magazine's Q&A with a dash after the letter. An article opens many a
     * sentence ({@code A — perhaps the — }), so the letter is a label only as {@code Q.}/{@code A.} is: when the
     * document writes both, which {@link LabelVetting} checks by the same separator.
     */
    private static SpeakerLabel dashedQuestionOrAnswer(String text, int start, int p, int to, Long millis) {
        if (p + 4 > to || text.charAt(p) != 'Q' && text.charAt(p) != 'A') {
            return null;
        }
        int dash = Chars.skipSpace(text, p + 1, to);
        if (dash >= to) {
            return null;
        }
        if (!isDash(text, dash)) {
            return null;
        }
        int textStart = Chars.skipSpace(text, dash + 1, to);
        if (textStart >= to || StandaloneLabels.isTerminalLabel(text.substring(p, to))) {
            return null; // "Q - Priyanka Mehta {BIO 20931784 <GO>}": the name of who asks, heading the turn below
        }
        return new SpeakerLabel(text.substring(p, p + 1), null, p, p + 1, start, textStart, true, millis, false,
                SpeakerLabel.Separator.PERIOD);
    }

    /**
     * {@code Q    Thank you, Natalie.}: a government briefing's transcript (the White House's, a ministry's) writes a
     * reporter's question as a bare Q set off by a tab or a run of spaces, no colon and no full stop; the answers
     * carry the officials' names. No sentence opens with a capital Q and two spaces, so the layout is the label.
     */
    private static SpeakerLabel spacedQuestion(String text, int start, int p, int to, Long millis) {
        if (p + 4 > to || text.charAt(p) != 'Q' || !(text.charAt(p + 1) == '\t'
                || text.charAt(p + 1) == ' ' && text.charAt(p + 2) == ' ')) {
            return null;
        }
        int textStart = Chars.skipSpace(text, p + 1, to);
        if (textStart >= to) {
            return null;
        }
        return new SpeakerLabel("Q", null, p, p + 1, start, textStart, true, millis, false);
    }

    /**
     * {@code Dana Park — text}, {@code Dana Park - text}: a full name (or a role such as {@code Host})
     * and a dash. An en dash or hyphen needs spaces on both sides, so that {@code Jean-Luc} is one name;
     * a one-word name counts only before a sentence, as {@code Nvidia — up 3%} is a list of figures, not of speakers.
     * When all the line says after the dash is a position ({@code Dana Park — CEO, Fennel Labs}), that
     * is the speaker's role, as a participant list or a label line above the speech writes it; so is a role in
     * parentheses before the dash ({@code DANA PARK (ANCHOR) — Good evening}), as a broadcast script writes it.
     */
    private static SpeakerLabel dashed(String text, int start, int p, int to, Long millis) {
        int limit = Math.min(to - 1, p + LabelNames.MAX_LENGTH + 4);
        String role = null;
        for (int i = p + 1; i < limit; i++) {
            char c = text.charAt(i);
            boolean dash = isDash(text, i);
            int nameEndsAt = i;
            if (c == '(' && role == null) {
                // "DELIA FONTAINE (ANCHOR) — Good evening": the role in parentheses between the name and the dash
                int close = text.indexOf(')', i);
                int after = close < 0 ? -1 : Chars.skipSpace(text, close + 1, to);
                if (close < 0 || close >= to || close - i > MAX_ROLE || after >= to - 1 || !isDash(text, after)) {
                    return null;
                }
                role = text.substring(i + 1, close).strip();
                dash = true;
                i = after;
            }
            if (!dash) {
                if (c == ':' || c == ',' || c == '"' || c == '\u201C') {
                    return null;
                }
                continue;
            }
            int nameEnd = trimEmphasisEnd(text, p, Chars.trimEnd(text, p, nameEndsAt));
            int textStart = Chars.skipSpace(text, skipEmphasis(text, Chars.skipSpace(text, i + 1, to), to), to);
            if (nameEnd <= p || textStart >= to) {
                return null;
            }
            String name = text.substring(p, nameEnd);
            String key = LabelNames.key(name);
            boolean generic = LabelNames.isGeneric(key);
            String rest = text.substring(textStart, to).strip();
            if (LabelNames.isNotSpeaker(key) || !looksLikeName(name)
                    || !generic && key.indexOf(' ') < 0 && !Chars.isCjk(name.codePointAt(0)) && !opensSpeech(rest)) {
                return null;
            }
            if (!generic && role == null && !rest.isEmpty() && ".!?\"”".indexOf(rest.charAt(rest.length() - 1)) < 0
                    && AppositiveRoles.accepts(rest)) {
                // "Dana Park — CEO, Fennel Labs": a participant line naming the role, not words spoken
                return new SpeakerLabel(name, rest, p, nameEnd, start, to, false, millis, false,
                        SpeakerLabel.Separator.DASH);
            }
            return new SpeakerLabel(name, role == null || role.isEmpty() ? null : role, p, nameEnd, start, textStart,
                    generic, millis, false, SpeakerLabel.Separator.DASH);
        }
        return null;
    }

    /** An em dash, or an en dash, hyphen or other dash with a space on either side ({@code Jean-Luc} is one name). */
    private static boolean isDash(String text, int i) {
        char c = text.charAt(i);
        return c == '\u2014' || (c == '-' || c == '\u2013' || c == '\u2012' || c == '\u2015') && i > 0
                && i + 1 < text.length() && Chars.isSpace(text.charAt(i - 1)) && Chars.isSpace(text.charAt(i + 1));
    }

    /**
     * Whether what follows a one-word name's dash reads as speech ({@code SATO — Good afternoon, and thank you all}):
     * a capitalised sentence of several words, where a list of figures goes on in lower case ({@code Nvidia — up 3%}).
     * Whether the name labels turns is for {@link LabelVetting} to judge from how often it recurs.
     */
    private static boolean opensSpeech(String rest) {
        if (rest.isEmpty() || !(Character.isUpperCase(rest.charAt(0)) || rest.charAt(0) == '"' || rest.charAt(0) == '\u201C')) {
            return false;
        }
        int spaces = 0;
        for (int i = 0; i < rest.length(); i++) {
            spaces += rest.charAt(i) == ' ' ? 1 : 0;
        }
        return spaces >= 3;
    }

    /** {@code Dana Whitfield, CEO of Lattice Labs: text}: the name before the comma, the role after it. */
    private static SpeakerLabel appositive(String text, int start, int p, int comma, int prefixEnd, int after, int to,
                                           Long millis) {
        int nameEnd = trimEmphasisEnd(text, p, Chars.trimEnd(text, p, comma));
        int roleStart = Chars.skipSpace(text, comma + 1, prefixEnd);
        if (nameEnd <= p || nameEnd - p > LabelNames.MAX_LENGTH || roleStart >= prefixEnd) {
            return null;
        }
        String name = text.substring(p, nameEnd);
        String role = text.substring(roleStart, prefixEnd);
        java.util.regex.Matcher party = PARTY_AND_PLACE.matcher(name);
        if (party.find() && STATE_OR_COUNTRY.matcher(role).matches()) {
            // "SEN. MARA VOSS (D), GEORGIA:", as cable transcripts caption a legislator: the party's letter and the
            // place they represent are the role, the name stands before the party's bracket
            nameEnd = trimEmphasisEnd(text, p, Chars.trimEnd(text, p, p + party.start()));
            name = text.substring(p, nameEnd);
            role = party.group(1) + ", " + role;
            String key = LabelNames.key(name);
            if (nameEnd <= p || LabelNames.isNotSpeaker(key) || LabelNames.isGeneric(key) || !looksLikeName(name)) {
                return null;
            }
            int textStart = Chars.skipSpace(text, skipEmphasis(text, Chars.skipSpace(text, after, to), to), to);
            return new SpeakerLabel(name, role, p, nameEnd, start, textStart, false, millis, true);
        }
        if (Chars.skipSpace(text, after, to) >= to) {
            SpeakerLabel voice = AnonymousVoices.read(text, start, p, nameEnd, role, to, millis);
            if (voice != null) {
                return voice;
            }
        }
        String key = LabelNames.key(name);
        if (LabelNames.isNotSpeaker(key) || LabelNames.isGeneric(key) || !looksLikeName(name)
                || !AppositiveRoles.accepts(role)) {
            return null;
        }
        int textStart = skipEmphasis(text, Chars.skipSpace(text, after, to), to);
        textStart = Chars.skipSpace(text, textStart, to);
        return new SpeakerLabel(name, role, p, nameEnd, start, textStart, false, millis, true);
    }

    /** A legislator's party after the name, alone or with a state: "(D)", "(R)", "(I)", "(D-GA)", "(R-Texas)". */
    private static final Pattern PARTY_AND_PLACE = Pattern.compile("\\s*\\(([DRI](?:[-\u2013][\\p{L}.]{2,14})?)\\)$");
    /** What follows a legislator's party: the state, province or country they sit for, in one to three words. */
    private static final Pattern STATE_OR_COUNTRY = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}.'’-]*){0,2}");

    private static int firstCommaOutsideParens(String text, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '\uFF08') {
                depth++;
            } else if (isClosingParen(c)) {
                depth--;
            } else if ((c == ',' || c == '\uFF0C') && depth <= 0) {
                return i;
            }
        }
        return -1;
    }

    /** A bracketed note closing a line: "[laughter]", "(applause)". */
    private static final Pattern TRAILING_ROOM_NOTE = Pattern.compile("(\\s*[\\[(][\\p{L} ,'’-]{1,30}[\\])])+\\s*$");
    /** After a credit's bar, the next credit: a role word and its colon ({@code | Guest: }). */
    private static final Pattern CREDIT_AFTER_BAR = Pattern.compile("[ \\t]*\\p{L}[\\p{L} ]{0,20}:[ \\t]");

    /**
     * The rest of a line is a full name and at most credentials or contact details after a comma or bar
     * ({@code Dana Park, CFA | +1 555 0100}), not a sentence: nothing a speaker says ends a line so.
     */
    private static boolean namesSomebodyOnly(String text, int from, int to) {
        // "Host: Ana Ruiz, you are the one with the budget. [laughter]": the transcript's note on the room after the
        // sentence is no part of a credit, and the sentence before it ends as speech does
        String rest = TRAILING_ROOM_NOTE.matcher(text.substring(from, to)).replaceFirst("").strip();
        if (rest.isEmpty()) {
            return false;
        }
        int bar = rest.indexOf('|');
        if (bar > 0 && bar <= MAX_ROLE && CREDIT_AFTER_BAR.matcher(rest).region(bar + 1, rest.length()).lookingAt()) {
            // "Host: Marcus Tillery | Guest: Priya Venkataraman, co-founder and chief scientist, Larkspur AI": the
            // next credit may run long, and the line still says who is who
            rest = rest.substring(0, bar).strip();
        }
        if (rest.length() > MAX_ROLE || ".!?:\"\u201d".indexOf(rest.charAt(rest.length() - 1)) >= 0) {
            return false;
        }
        int cut = rest.length();
        for (char c : new char[] {',', '|', ';', '\u00b7'}) {
            int at = rest.indexOf(c);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        String name = rest.substring(0, cut).strip();
        return tokens(name).length >= 2 && looksLikeName(name);
    }

    /** Tokens of a personal name: capitalised words, CJK, name particles; no sentence openers. */
    static boolean looksLikeName(String name) {
        String[] tokens = tokens(name);
        if (tokens.length == 0 || tokens.length > LabelNames.MAX_TOKENS) {
            return false;
        }
        if (tokens.length > 1 && LabelNames.isOpener(tokens[0])) {
            return false;
        }
        if (tokens.length == 1 && LabelNames.isOpener(tokens[0]) && !initials(tokens[0])) {
            return false; // "It:" opens a sentence; "IT:" is Imogen Thackeray's initials in a print interview
        }
        if (tokens.length == 1 && (digitLedName(tokens[0]) || participantCode(tokens[0]))) {
            return true;
        }
        for (int t = 0; t < tokens.length; t++) {
            if (!nameToken(tokens[t], t)) {
                return false;
            }
        }
        // "von der Heide:", "de Vries:": a surname that opens with its particle, as German and Dutch interviews label
        // answers, still ends in a capitalised word; particles alone ("de la:") name nobody
        return !LabelNames.isParticle(tokens[tokens.length - 1]);
    }

    /**
     * A chat handle ({@code raj}, {@code katell.m}, {@code j_okafor}): one lower-case word of letters and
     * digits, perhaps joined by dots, underscores or hyphens. Only after a message's time does such a word
     * before a colon name who wrote the line; at the start of prose it opens a sentence ({@code note: …}).
     */
    static boolean looksLikeHandle(String name) {
        if (name.isEmpty() || name.length() > 32 || !Character.isLowerCase(name.charAt(0))
                || LabelNames.isOpener(name)) {
            return false;
        }
        char previous = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean joiner = c == '.' || c == '_' || c == '-';
            if (!(Character.isLowerCase(c) || Character.isDigit(c) || joiner) || joiner && (previous == 0
                    || previous == '.' || previous == '_' || previous == '-' || i == name.length() - 1)) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /** Two or three capitals, as a print interview labels its speakers ({@code KT}, {@code IT}, {@code JDS}). */
    private static boolean initials(String token) {
        return token.length() >= 2 && token.length() <= 3 && token.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    /** Splits at runs of spaces (no regex: this runs for every label-shaped line). */
    private static String[] tokens(String name) {
        java.util.List<String> out = new java.util.ArrayList<>(4);
        int i = 0;
        int n = name.length();
        while (i < n) {
            i = Chars.skipSpace(name, i, n);
            int start = i;
            while (i < n && !Chars.isSpace(name.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(name.substring(start, i));
            }
        }
        return out.toArray(new String[0]);
    }

    /**
     * {@code 36Kr}, {@code 4Paradigm}: a publication's or a company's name that opens with a number, asking or
     * answering under its own name. Digits, then a capital and lower-case letters only, so that a figure
     * ({@code 5G}, {@code 2025}, {@code 10x}) is no label.
     */
    /**
     * {@code P7}, {@code P12}, {@code R03}, {@code PT4}: the code a study gives a participant (or respondent) to keep
     * them anonymous, one or two capitals and a number, which is all the name they have in its transcripts. A quarter
     * or a half of a year ({@code Q3}, {@code H1}) heads a line of figures instead.
     */
    private static boolean participantCode(String token) {
        return token.matches("\\p{Lu}{1,2}\\d{1,3}") && !token.matches("[QH]\\d");
    }

    private static boolean digitLedName(String token) {
        int i = 0;
        while (i < token.length() && i < 3 && Character.isDigit(token.charAt(i))) {
            i++;
        }
        if (i == 0 || i + 2 > token.length() || !Character.isUpperCase(token.charAt(i))) {
            return false;
        }
        for (int k = i + 1; k < token.length(); k++) {
            if (!Character.isLowerCase(token.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean nameToken(String token, int position) {
        int first = token.codePointAt(0);
        if (Chars.isCjk(first)) {
            return token.codePoints().allMatch(cp -> Chars.isCjk(cp) || cp == '·' || cp == '・') && token.length() <= 8;
        }
        if (!(Character.isUpperCase(first) || Character.isTitleCase(first))) {
            return LabelNames.isParticle(token);
        }
        for (int i = Character.charCount(first); i < token.length(); i++) {
            char c = token.charAt(i);
            if (!(Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || c == '.' || c == '-' || c == '\'' || c == '\u2019')) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code L'Écho numérique :}: a publication asking under its name, a capitalised word and lower-case
     * ones as French and Italian write titles. Such a label is no personal name, and reads like a
     * phrase ("Long answer:"), so it counts only when it opens at least three lines of the text.
     */
    static boolean outletAskingThroughout(String text, String name) {
        String[] tokens = tokens(name);
        if (tokens.length < 2 || tokens.length > 4 || LabelNames.isOpener(tokens[0]) || !nameToken(tokens[0], 0)
                || !Character.isUpperCase(tokens[0].charAt(0))) {
            return false;
        }
        for (int t = 1; t < tokens.length; t++) {
            if (!tokens[t].chars().allMatch(Character::isLetter)) {
                return false;
            }
        }
        java.util.regex.Matcher lines = java.util.regex.Pattern.compile("(?m)^[ \\t]*" + java.util.regex.Pattern.quote(name)
                + "[ \\t\\u00a0\\u202f]*:").matcher(text);
        int count = 0;
        while (lines.find() && count < 3) {
            count++;
        }
        return count >= 3;
    }

    /** An outlet or show name in quotes: short, starting with a capital or CJK. */
    private static boolean looksLikeOutlet(String name) {
        int first = name.codePointAt(0);
        return name.length() <= 40 && (Character.isUpperCase(first) || Chars.isCjk(first))
                && name.chars().noneMatch(c -> c == ':' || c == '.' || c == '?' || c == '!');
    }

    private static int findColon(String text, int from, int to) {
        int commas = 0;
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ((c == ':' || c == '\uFF1A') && depth <= 0) {
                // a third comma only in a label standing over its text ("GRACE OWUSU, senior economist, Markets
                // Unit, Competition Authority:", as an oral history sets a long role), never inside a line of prose
                return commas <= 2 || Chars.skipSpace(text, i + 1, to) >= to ? i : -1;
            }
            if (c == '\n' || c == '\r' || c == '!' || c == '?' || c == ';') {
                return -1;
            }
            if (c == '(' || c == '\uFF08' || c == '[') {
                depth++; // the colons of "(00:01:12)" or "[01:12]" after a name are not the label's
            } else if (isClosingParen(c) || c == ']') {
                depth--;
            } else if (c == ',' && depth <= 0) {
                // "Name, Role, Unit, Organisation:" at most, and a name is short: most lines of prose stop here
                if (++commas > 3 || commas == 1 && i - from > LabelNames.MAX_LENGTH) {
                    return -1;
                }
            } else if (c == '.' && commas > 0 && i + 1 < to && Chars.isSpace(text.charAt(i + 1))) {
                return -1; // a sentence ended after the name's comma
            }
        }
        return -1;
    }

    /** Where a bracketed recording time after a name opens, and the time it names. */
    private record BracketedTime(int open, long millis) {
    }

    /** A recording time in brackets or parentheses that ends the label's prefix, or null. */
    private static BracketedTime bracketedTimeAtEnd(String text, int from, int prefixEnd) {
        if (prefixEnd - from < 6) {
            return null;
        }
        char last = text.charAt(prefixEnd - 1);
        char open = last == ')' ? '(' : last == ']' ? '[' : 0;
        if (open == 0) {
            return null;
        }
        int at = text.lastIndexOf(open, prefixEnd - 1);
        if (at <= from) {
            return null;
        }
        Timestamps.Stamp stamp = Timestamps.at(text, at, prefixEnd);
        return stamp != null && stamp.end() == prefixEnd ? new BracketedTime(at, stamp.millis()) : null;
    }

    private static int lastOpenParen(String text, int from, int before) {
        for (int i = before - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == '(' || c == '\uFF08') {
                return i;
            }
        }
        return -1;
    }

    private static boolean isClosingParen(char c) {
        return c == ')' || c == '\uFF09';
    }

    private static boolean isOpenQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u00AB' || c == '\u300C' || c == '\u300E';
    }

    private static boolean isCloseQuote(char c) {
        return c == '"' || c == '\u201D' || c == '\u00BB' || c == '\u300D' || c == '\u300F';
    }

    private static int skipEmphasis(String text, int from, int to) {
        int i = from;
        while (i < to && (text.charAt(i) == '*' || text.charAt(i) == '_' || text.charAt(i) == '>')) {
            i++;
        }
        return i == from ? from : Chars.skipSpace(text, i, to);
    }

    private static int trimEmphasisEnd(String text, int from, int to) {
        int i = to;
        while (i > from && (text.charAt(i - 1) == '*' || text.charAt(i - 1) == '_')) {
            i--;
        }
        return Chars.trimEnd(text, from, i);
    }
}

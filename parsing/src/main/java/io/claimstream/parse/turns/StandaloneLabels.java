package io.claimstream.parse.turns;

import io.claimstream.parse.text.Chars;
import io.claimstream.parse.text.Line;
import io.claimstream.parse.text.Timestamps;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speaker names on a line of their own, the spoken text in the paragraphs below (podcast and
 * Otter-style exports): {@code Lex Fridman}, {@code Sam Altman  0:03}, {@code **Jane Roe** (00:01:05)},
 * {@code [Jane Roe] 10:32:15}, {@code 00:00:03 Jane Roe}.
 * A bare name line is as likely a heading, so it counts only when names recur in the pattern.
 */
public final class StandaloneLabels {

    private static final int MAX_LINE = 80;
    private static final Pattern MEETING_CHAT_HEADER = Pattern.compile(
            "From\\s+(\\S.{0,60}?)\\s+to\\s+(?:Everyone|Me|\\S[^:]{0,40}?)(?:\\s*\\((?:Direct Message|Privately|"
            + "Direct message|privately)\\))?\\s*:?\\s*");
    /**
     * {@code Q - Priyanka Mehta {BIO 20931784 <GO>}}, {@code A - Simone Achterberg}: a financial terminal's transcript
     * heads each turn with the side that speaks and the link to the speaker's biography around the name, on a line
     * of its own; the speech is in the paragraphs below. Neither mark is part of the name.
     */
    private static final Pattern TERMINAL_LABEL = Pattern.compile(
            "(?<side>[QA][ \\t]+[-\u2013\u2014][ \\t]+)?(?<name>\\S.{0,60}?)"
            + "(?<bio>[ \\t]*\\{BIO[ \\t]+\\d+[ \\t]*<GO>\\})?[ \\t]*");

    private StandaloneLabels() {
    }

    /** The name-only label on {@code line}, or null. */
    public static SpeakerLabel read(String text, Line line) {
        if (line.isBlank()) {
            return null;
        }
        SpeakerLabel member = ParliamentaryLabels.read(text, line);
        if (member != null) {
            return member;
        }
        if (line.length() > MAX_LINE) {
            return null;
        }
        int s = line.start();
        int e = line.end();
        char last = text.charAt(e - 1);
        if (last == '.' || last == ',' || last == ';' || last == '!' || last == '?' || last == '"' || last == '\u201D'
                || last == '\u3002') {
            return null; // cheap exit for ordinary sentences, which most lines are
        }
        // "## Sam Ortega": a transcript that sets each turn under its speaker's Markdown heading; as any name line, it
        // counts only when the names recur, so a profile's or a symposium's one heading per person stays a heading
        int hashes = s;
        while (hashes < e && hashes - s < 6 && text.charAt(hashes) == '#') {
            hashes++;
        }
        if (hashes > s && hashes < e && text.charAt(hashes) == ' ') {
            s = Chars.skipSpace(text, hashes, e);
        }
        Long millis = null;
        // a leading timestamp: "00:00:03 Jane Roe" (Happy Scribe, Trint)
        Timestamps.Stamp leading = Timestamps.at(text, s, e);
        if (leading != null) {
            millis = leading.millis();
            s = Chars.skipSpace(text, leading.end(), e);
            while (s < e && (text.charAt(s) == '-' || text.charAt(s) == '\u2013' || text.charAt(s) == '|')) {
                s = Chars.skipSpace(text, s + 1, e);
            }
            if (s >= e) {
                return null;
            }
            // "16:03:58 From Ines M. to Everyone:" (a meeting client's saved chat): the sender heads the indented
            // messages under the line; whom it went to is no part of the name
            Matcher chat = MEETING_CHAT_HEADER.matcher(text).region(s, e);
            if (chat.matches()) {
                s = chat.start(1);
                e = chat.end(1);
            }
        }
        Matcher terminal = TERMINAL_LABEL.matcher(text).region(s, e);
        if (terminal.matches() && (terminal.group("side") != null || terminal.group("bio") != null)) {
            s = terminal.start("name");
            e = terminal.end("name");
        }
        // a trailing timestamp: "Jane Roe  0:03", "Jane Roe (00:01:05)", "Jane Roe · [00:02]"
        for (int i = e - 1; i > s; i--) {
            if (Chars.isSpace(text.charAt(i - 1))) {
                Timestamps.Stamp stamp = Timestamps.at(text, i, e);
                if (stamp != null && stamp.end() == e) {
                    millis = millis == null ? Long.valueOf(stamp.millis()) : millis;
                    e = Chars.trimEnd(text, s, i);
                    while (e > s && (text.charAt(e - 1) == '\u00B7' || text.charAt(e - 1) == '-'
                            || text.charAt(e - 1) == '\u2013' || text.charAt(e - 1) == '|')) {
                        e = Chars.trimEnd(text, s, e - 1);
                    }
                }
                break;
            }
        }
        while (s < e && (text.charAt(s) == '*' || text.charAt(s) == '_')) {
            s++;
        }
        while (e > s && (text.charAt(e - 1) == '*' || text.charAt(e - 1) == '_' || text.charAt(e - 1) == ':')) {
            e--;
        }
        if (e - s > 2 && text.charAt(s) == '[' && text.charAt(e - 1) == ']') {
            if (millis == null && text.substring(s, e).chars().noneMatch(Character::isLowerCase)) {
                // "[BELL]", "[APPLAUSE]", "[OPENING STATEMENT — FOR — 6:00]": a stage direction or a section of the
                // proceedings in a transcript's capitals, no speaker; a name in brackets comes with its time
                return null;
            }
            s++; // "[Jane Roe] 10:32:15" (Zoom): the brackets mark the name, they are not part of it
            e--;
        }
        if (e <= s) {
            return null;
        }
        String role = null;
        int nameEnd = e;
        int dashes = roleDashes(text, s, e);
        if (dashes > s) {
            // "Ruth Adebayo -- Chief Financial Officer", "Mei Tan -- Harbor Capital -- Analyst" (earnings calls)
            nameEnd = Chars.trimEnd(text, s, dashes);
            role = roleAfterDashes(text.substring(dashes, e));
            if (role == null) {
                return null;
            }
        } else if (text.charAt(e - 1) == ')') {
            int open = text.lastIndexOf('(', e - 1);
            if (open <= s) {
                return null;
            }
            role = text.substring(open + 1, e - 1).strip();
            nameEnd = Chars.trimEnd(text, s, open);
        }
        String name = text.substring(s, nameEnd);
        if (millis != null) {
            name = givenNameFirst(name);
        }
        String key = LabelNames.key(name);
        if (name.isEmpty() || name.length() > LabelNames.MAX_LENGTH || LabelNames.isNotSpeaker(key)) {
            return null;
        }
        boolean generic = LabelNames.isGeneric(key);
        boolean cjk = Chars.isCjk(name.codePointAt(0));
        if (!generic && (!LabelReader.looksLikeName(name)
                || !cjk && name.indexOf(' ') < 0 && !namedInTheText(text, name, line))) {
            return null;
        }
        return new SpeakerLabel(name, role == null || role.isEmpty() ? null : role, s, nameEnd, line.start(), line.end(),
                generic, millis, false, SpeakerLabel.Separator.LINE);
    }

    /**
     * Whether {@code line} is a turn's head as a financial terminal writes it ({@code Q - Priyanka Mehta {BIO 20931784
     * <GO>}}): a side and a name alone, or a name with its biography's link. Such a line is a label on its own, even
     * for a speaker heard once (an asker from the floor), and the {@code Q - } is no label of a question on that line.
     */
    public static boolean isTerminalLabel(String line) {
        Matcher m = TERMINAL_LABEL.matcher(line.strip());
        if (!m.matches() || m.group("side") == null && m.group("bio") == null) {
            return false;
        }
        String name = m.group("name");
        return m.group("bio") != null ? LabelReader.looksLikeName(name) || LabelNames.isGeneric(LabelNames.key(name))
                : LabelNames.isGeneric(LabelNames.key(name))
                || LabelReader.looksLikeName(name) && name.strip().split("\\s+").length >= 2;
    }

    /**
     * The label with the line under it as its role, when that line is a title or an employer (the turn's text
     * starts on the line after, or a list of the call's participants goes on) ({@code Jonas Berg} / {@code Chief Financial Officer} / text; {@code Keiko Tanaka} /
     * {@code Morgan Stanley, Research Division} / text, as Capital IQ and other call transcripts lay out each turn):
     * the role line is part of the label, so it is neither read as a name of its own ("Financial Officer") nor
     * spoken as the turn's first sentence. Null when the line under the label is anything else.
     */
    public static SpeakerLabel withRoleLine(String text, List<Line> lines, int i, SpeakerLabel label) {
        if (label == null || label.generic() || label.role() != null || i + 1 >= lines.size()
                || lines.get(i + 1).isBlank()) {
            return null;
        }
        Line under = lines.get(i + 1);
        String role = text.substring(under.start(), under.end()).strip();
        if (role.length() > MAX_ROLE_LINE || !TITLE_CASE_LINE.matcher(role).matches()
                || !io.claimstream.parse.participants.RoleWords.describesPosition(role)
                && !io.claimstream.parse.participants.RoleWords.namesOrganisation(role)) {
            return null;
        }
        return new SpeakerLabel(label.name(), role, label.nameStart(), label.nameEnd(), label.start(), under.end(),
                false, label.startMillis(), false, SpeakerLabel.Separator.LINE);
    }

    private static final int MAX_ROLE_LINE = 70;
    /** Capitalised words, the small words of a title and its punctuation: a title or a firm, never a sentence. */
    private static final Pattern TITLE_CASE_LINE = Pattern.compile(
            "(?:(?:\\p{Lu}[\\p{L}\\p{N}'\u2019.-]*|of|and|for|the|&|\\p{N}+)[,]?(?: |$))+");

    /**
     * {@code Jonas Feld} for {@code Feld, Jonas}: a meeting tool (Teams, Webex) labels each turn with the name as the
     * company directory files it, surname first. Only on a line that also carries the recording time, where a
     * comma between two names cannot be a place ({@code Paris, France}) heading a section.
     */
    static String givenNameFirst(String name) {
        Matcher m = SURNAME_FIRST.matcher(name);
        return m.matches() ? m.group(2) + " " + m.group(1) : name;
    }

    private static final Pattern SURNAME_FIRST = Pattern.compile(
            "(\\p{Lu}[\\p{L}'\u2019-]+(?: \\p{Lu}[\\p{L}'\u2019-]+)?), (\\p{Lu}[\\p{L}'\u2019-]+(?: \\p{Lu}[\\p{L}.'\u2019-]+)?)");

    /** Where a {@code  -- }, {@code  — } or {@code  | } after the name begins, or -1. */
    private static int roleDashes(String text, int s, int e) {
        for (int i = s + 1; i + 2 < e; i++) {
            char c = text.charAt(i);
            if (Chars.isSpace(text.charAt(i - 1)) && (c == '-' && text.charAt(i + 1) == '-' && Chars.isSpace(text.charAt(i + 2))
                    || (c == '\u2014' || c == '\u2013' || c == '|') && Chars.isSpace(text.charAt(i + 1)))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The role after the name's dashes as a parenthesis would say it: {@code Analyst, Harbor Capital}
     * for {@code -- Harbor Capital -- Analyst}, where the transcript puts the organisation first.
     */
    private static String roleAfterDashes(String rest) {
        String[] parts = rest.split("\\s*(?:--|[\u2014\u2013|])\\s*");
        java.util.List<String> words = new java.util.ArrayList<>();
        for (String part : parts) {
            if (!part.isBlank()) {
                words.add(part.strip());
            }
        }
        if (words.isEmpty() || words.size() > 2) {
            return null;
        }
        if (words.size() == 2 && !io.claimstream.parse.participants.RoleWords.describesPosition(words.get(0))
                && io.claimstream.parse.participants.RoleWords.describesPosition(words.get(1))) {
            return words.get(1) + ", " + words.get(0);
        }
        return String.join(", ", words);
    }

    /**
     * Accepts name lines that recur: a name standing alone at least twice, with at least two such
     * names in the document (or a recording time on the line), each followed by text; or a name
     * with its role, when several lines give one and some name recurs.
     *
     * @param known keys of names already accepted as {@code Name:} labels
     */
    public static boolean[] accept(List<Line> lines, SpeakerLabel[] candidates, java.util.Set<String> known,
                                   boolean everything) {
        boolean[] accepted = new boolean[candidates.length];
        Map<String, Integer> counts = new HashMap<>();
        String[] keys = new String[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            if (candidates[i] != null && followedByText(lines, candidates, i)) {
                keys[i] = candidates[i].key();
                counts.merge(keys[i], 1, Integer::sum);
            }
        }
        long recurring = counts.values().stream().filter(c -> c >= 2).count();
        int withRole = 0;
        int peers = 0;
        for (int i = 0; i < candidates.length; i++) {
            if (keys[i] != null && candidates[i].role() != null) {
                withRole++;
            }
            if (keys[i] != null && ParliamentaryLabels.namesAPeer(candidates[i].name())) {
                peers++;
            }
        }
        for (int i = 0; i < candidates.length; i++) {
            SpeakerLabel label = candidates[i];
            if (label == null || keys[i] == null) {
                continue;
            }
            int count = counts.getOrDefault(keys[i], 0);
            boolean timed = label.startMillis() != null;
            if (!everything && !known.contains(keys[i]) && singleWord(label)) {
                // "Dev" or "SATO" alone on a line is as often a heading ("Pricing", "Summary"): a first name or a
                // surname names a speaker only where it recurs over text among other recurring names
                accepted[i] = count >= 2 && recurring >= 2;
                continue;
            }
            accepted[i] = everything || known.contains(keys[i])
                    || (count >= 2 && (recurring >= 2 || timed || label.generic()))
                    || (timed && recurring >= 1)
                    // "Mei Tan -- Harbor Capital -- Analyst" asks once; a role beside the name on several
                    // such lines, with someone (the Operator, the CEO) speaking again, is the pattern of a
                    // call transcript, where a line-up of speakers each above a biography is not
                    || (label.role() != null && withRole >= 2 && recurring >= 1)
                    // "The Lord Bishop of Eastleigh" speaks once and the record gives no party: a peer's title over
                    // text, among other peers' labels with their parties, is one more contribution to the debate
                    || (peers >= 2 && withRole >= 2 && ParliamentaryLabels.namesAPeer(label.name()))
                    // "Unidentified Analyst" among the recurring labels of a call: asks once, names nobody
                    || (LabelNames.isUnidentified(keys[i]) && recurring >= 1);
        }
        return accepted;
    }

    /**
     * Whether a one-word name ("Dev", "SATO") is also written inside a line of the text ("with Dev Malhotra",
     * "Moderator: SATO Mariko", "**Hosts:** Ines Alvarez and …"), as the people of a transcript are introduced; a
     * heading word ("Pros") is not, nor is the name where it opens a line (another label, a heading). Two or three
     * capitals ("KT", "MR") name somebody where they are the initials of a name the text writes ("Kwame
     * Tetteh-Larsen", "Mireille Roux"), as a print interview labels its turns once its introduction has named
     * everyone.
     */
    private static boolean namedInTheText(String text, String name, Line line) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text);
        while (m.find()) {
            if (!opensLine(text, m.start()) && (m.start() < line.start() || m.start() >= line.end())) {
                return true;
            }
        }
        return initials(name) && initialsOfAWrittenName(text, name);
    }

    /** Only spaces and a heading's or emphasis's marks ("## ", "**") between {@code at} and the start of its line. */
    private static boolean opensLine(String text, int at) {
        int before = at - 1;
        while (before >= 0 && " \t#*_".indexOf(text.charAt(before)) >= 0) {
            before--;
        }
        return before < 0 || text.charAt(before) == '\n' || text.charAt(before) == '\r';
    }

    private static boolean initials(String name) {
        return name.length() >= 2 && name.length() <= 3 && name.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    /** Capitalised words in a row, a hyphenated one ("Tetteh-Larsen") a word. */
    private static final Pattern CAPITALISED_RUN = Pattern.compile(
            "\\b\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)*(?:[ ]\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)*)+\\b");

    /**
     * Whether two or three capitalised words in a row in the text have {@code initials} as their first letters, or
     * as all their capitals ("KTL" for "Kwame Tetteh-Larsen").
     */
    private static boolean initialsOfAWrittenName(String text, String initials) {
        Matcher m = CAPITALISED_RUN.matcher(text);
        while (m.find()) {
            String[] words = m.group().split(" ");
            for (int from = 0; from + 1 < words.length; from++) {
                for (int to = from + 2; to <= Math.min(words.length, from + 3); to++) {
                    StringBuilder firsts = new StringBuilder();
                    StringBuilder capitals = new StringBuilder();
                    for (int w = from; w < to; w++) {
                        firsts.append(words[w].charAt(0));
                        words[w].chars().filter(Character::isUpperCase).forEach(c -> capitals.append((char) c));
                    }
                    if (initials.contentEquals(firsts) || initials.contentEquals(capitals)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A one-word name: "Dev", "SATO", not "Dev Malhotra" nor a CJK name, which is written without spaces. */
    private static boolean singleWord(SpeakerLabel label) {
        return !label.generic() && label.name().indexOf(' ') < 0 && !Chars.isCjk(label.name().codePointAt(0));
    }

    private static boolean followedByText(List<Line> lines, SpeakerLabel[] candidates, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (!lines.get(j).isBlank()) {
                return candidates[j] == null;
            }
        }
        return false;
    }
}

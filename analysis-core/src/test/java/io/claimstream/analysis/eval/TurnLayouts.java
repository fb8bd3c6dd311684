package io.claimstream.analysis.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The turns of a transcript laid out as the tools and outlets that publish transcripts lay them out: the same people
 * saying the same words under "NAME:", "**Name:**", "## Name", a timestamp, a "Q:"/"A:" pair, in HTML, hard-wrapped,
 * with CRLF line ends, other quotation marks or invisible characters. Each layout is a {@link Rendering}, so the gold
 * snippets follow the words into their new surface; what nobody said differently must not be read differently.
 *
 * <p>Turns are found as a transcript's reader finds them: a label at the start of a line ("Name:", "Name (Role):",
 * "**Name:**", "von der Heide:") that opens two turns or more; a label used once (a soundbite, a "Moderator:" line in
 * the header) stays part of the text around it.
 */
final class TurnLayouts {

    private static final String WORD = "(?:(?:von|van|der|den|de|da|di|du|le|la|al)[ ])*[A-Z][\\p{L}.'’-]*";
    private static final Pattern LABEL_LINE = Pattern.compile("(?m)^(?:\\*\\*)?(" + WORD + "(?:[ ]" + WORD
            + "){0,3}(?: \\([^)\\n]{1,60}\\))?)(?::\\*\\*|\\*\\*:|:)[ \\t]+(?=\\S)");

    /** One turn: its label from {@code labelStart} to {@code bodyStart}, what was said up to {@code bodyEnd}. */
    record Turn(String label, int labelStart, int bodyStart, int bodyEnd) {
    }

    /** A layout's name and how it renders a transcript; {@code null} when the layout does not fit the transcript. */
    record Layout(String name, Function<String, Rendering> render) {
        @Override
        public String toString() {
            return name;
        }
    }

    private TurnLayouts() {
    }

    /** The transcript's turns, or none when fewer than two labels open two turns each. */
    static List<Turn> turns(String text) {
        Map<String, Integer> uses = new HashMap<>();
        Matcher m = LABEL_LINE.matcher(text);
        while (m.find()) {
            uses.merge(m.group(1), 1, Integer::sum);
        }
        List<int[]> starts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        m.reset();
        while (m.find()) {
            if (uses.get(m.group(1)) >= 2) {
                starts.add(new int[] {m.start(), m.end()});
                labels.add(m.group(1));
            }
        }
        if (new LinkedHashSet<>(labels).size() < 2 || labels.size() < 6) {
            return List.of();
        }
        List<Turn> turns = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int next = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
            int bodyEnd = next;
            while (bodyEnd > starts.get(i)[1] && Character.isWhitespace(text.charAt(bodyEnd - 1))) {
                bodyEnd--;
            }
            turns.add(new Turn(labels.get(i), starts.get(i)[0], starts.get(i)[1], bodyEnd));
        }
        return turns;
    }

    /** Every layout, the transcript's own first. */
    static List<Layout> all() {
        List<Layout> layouts = new ArrayList<>();
        layouts.add(new Layout("as written", Rendering::of));
        layouts.add(labelled("Name:", (i, t) -> t.label() + ": "));
        layouts.add(labelled("NAME:", (i, t) -> t.label().toUpperCase(Locale.ROOT) + ": "));
        layouts.add(labelled("**Name:**", (i, t) -> "**" + t.label() + ":** "));
        layouts.add(labelled("**Name**:", (i, t) -> "**" + t.label() + "**: "));
        layouts.add(labelled("Name —", (i, t) -> t.label() + " — "));
        layouts.add(labelled("[00:12:03] Name:", (i, t) -> "[" + clock(i, true) + "] " + t.label() + ": "));
        layouts.add(labelled("Name (00:12):", (i, t) -> t.label() + " (" + clock(i, false) + "): "));
        // rev.com's published transcripts: the name, a colon and the minute on a line of their own, the words below
        layouts.add(labelled("Name: (00:12) above", (i, t) -> t.label() + ": (" + clock(i, false) + ")\n"));
        layouts.add(labelled("## Name heading", (i, t) -> "## " + t.label() + "\n\n"));
        layouts.add(labelled("Name on its own line", (i, t) -> t.label() + "\n"));
        layouts.add(new Layout("> quoted turns", text -> relabel(text, turns(text), (i, t) -> "> " + t.label() + ": ",
                "\n> ")));
        layouts.add(new Layout("Q:/A: after an intro", text -> questionsAndAnswers(text, ": ")));
        layouts.add(new Layout("Q —/A — after an intro", text -> questionsAndAnswers(text, " — ")));
        layouts.add(new Layout("initials JW:", TurnLayouts::initials));
        layouts.add(new Layout("HTML <p><b>Name:</b>", TurnLayouts::html));
        layouts.add(new Layout("wrapped at 72", TurnLayouts::wrapped));
        layouts.add(new Layout("CRLF", text -> chars(text, (s, i) -> s.charAt(i) == '\n'
                && (i == 0 || s.charAt(i - 1) != '\r') ? "\r\n" : null)));
        layouts.add(new Layout("straight quotes", text -> chars(text, (s, i) -> switch (s.charAt(i)) {
            case '“', '”' -> "\"";
            case '‘', '’' -> "'";
            default -> null;
        })));
        layouts.add(new Layout("smart quotes", text -> chars(text, TurnLayouts::smartQuote)));
        layouts.add(new Layout("nbsp + zero-width", text -> chars(text, TurnLayouts::invisible)));
        return layouts;
    }

    private interface LabelFormat {
        String of(int index, Turn turn);
    }

    private interface CharFormat {
        /** What character {@code i} of {@code s} becomes, {@code null} to keep it. */
        String of(String s, int i);
    }

    private static Layout labelled(String name, LabelFormat format) {
        return new Layout(name, text -> relabel(text, turns(text), format, null));
    }

    /** Each turn's label replaced by {@code format}'s; {@code lineStart}, when given, continues a turn's lines. */
    private static Rendering relabel(String text, List<Turn> turns, LabelFormat format, String lineStart) {
        if (turns.isEmpty()) {
            return null;
        }
        Rendering.Builder out = new Rendering.Builder(text);
        int at = 0;
        for (int i = 0; i < turns.size(); i++) {
            Turn t = turns.get(i);
            out.copy(at, t.labelStart()).drop(t.labelStart(), t.bodyStart()).insert(format.of(i, t));
            for (int c = t.bodyStart(); c < t.bodyEnd(); c++) {
                out.put(c, lineStart != null && text.charAt(c) == '\n' ? lineStart : String.valueOf(text.charAt(c)));
            }
            at = t.bodyEnd();
        }
        return out.copy(at, text.length()).build();
    }

    /**
     * Two people only: the one who asks the most questions is "Q", the other "A", named once under the title; the
     * letter followed by {@code separator} (": " or " — ", as magazines print their Q&As).
     */
    private static Rendering questionsAndAnswers(String text, String separator) {
        List<Turn> turns = turns(text);
        Map<String, Integer> questions = new LinkedHashMap<>();
        for (Turn t : turns) {
            questions.merge(t.label(), text.substring(t.bodyStart(), t.bodyEnd()).strip().endsWith("?") ? 1 : 0,
                    Integer::sum);
        }
        if (questions.size() != 2) {
            return null;
        }
        String asking = questions.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        String answering = questions.keySet().stream().filter(l -> !l.equals(asking)).findFirst().orElseThrow();
        Rendering labelled = relabel(text, turns, (i, t) -> (t.label().equals(asking) ? "Q" : "A") + separator, null);
        return underTitle(labelled, "Our interview with " + inMixedCase(answering) + ", edited for length.");
    }

    /** {@code intro} as a paragraph of its own under the title, before anything anyone says, as an outlet opens. */
    private static Rendering underTitle(Rendering labelled, String intro) {
        String l = labelled.text;
        int underTitle = l.indexOf("\n\n") < 0 ? 0 : l.indexOf("\n\n") + 2;
        Rendering.Builder out = new Rendering.Builder(l).copy(0, underTitle).insert(intro + "\n\n");
        return labelled.then(out.copy(underTitle, l.length()).build());
    }

    /**
     * Each turn under its speaker's initials ("JW:"), as a print interview labels its turns once the introduction
     * has named everyone: the introduction names them under the title. A one-word label stands for the full name
     * the text writes with it ("Asante" for "Kwame Asante"); a label the text gives no full name leaves the layout
     * unfit for the transcript, as do two people with the same initials.
     */
    private static Rendering initials(String text) {
        List<Turn> turns = turns(text);
        Map<String, String> fullNames = new LinkedHashMap<>();
        for (Turn t : turns) {
            String full = fullName(text, t.label().replaceAll(" \\([^)]*\\)$", "").replaceAll(TITLE, ""));
            if (full == null) {
                return null;
            }
            fullNames.putIfAbsent(t.label(), full);
        }
        Map<String, String> initials = new LinkedHashMap<>();
        fullNames.forEach((label, full) -> {
            StringBuilder letters = new StringBuilder();
            for (String word : full.split(" ")) {
                if (Character.isUpperCase(word.charAt(0))) {
                    letters.append(word.charAt(0));
                }
            }
            initials.put(label, letters.toString());
        });
        if (new LinkedHashSet<>(initials.values()).size() < initials.size()
                || initials.values().stream().anyMatch(i -> i.length() < 2 || i.length() > 3)) {
            return null;
        }
        Rendering labelled = relabel(text, turns, (i, t) -> initials.get(t.label()) + ": ", null);
        List<String> names = fullNames.values().stream().distinct().toList();
        String listed = names.size() == 1 ? names.get(0) : String.join(", ", names.subList(0, names.size() - 1))
                + " and " + names.get(names.size() - 1);
        return underTitle(labelled, "A conversation with " + listed + ", edited for length.");
    }

    /** A title before a label's name ("DR. ", "Prof "), which initials leave out. */
    private static final String TITLES = "(?i:dr|mr|mrs|ms|prof|professor|sir|dame|senator|minister)";
    private static final String TITLE = "^" + TITLES + "\\.?\\s+";

    /** The label's full name in mixed case: itself when it has two words or more, else the first "Given Label". */
    private static String fullName(String text, String label) {
        String mixed = inMixedCase(label);
        if (mixed.contains(" ")) {
            return mixed;
        }
        Matcher m = Pattern.compile("\\b(\\p{Lu}\\p{Ll}+) " + Pattern.quote(mixed) + "\\b").matcher(text);
        while (m.find()) {
            if (!m.group(1).matches(TITLES + "|Chair|Secretary")) {
                return m.group(1) + " " + mixed;
            }
        }
        return null;
    }

    /** "PRIYA VENKATARAMAN" as an introduction writes the name: "Priya Venkataraman". */
    private static String inMixedCase(String label) {
        if (!label.equals(label.toUpperCase(Locale.ROOT))) {
            return label;
        }
        StringBuilder out = new StringBuilder();
        for (String word : label.toLowerCase(Locale.ROOT).split(" ")) {
            out.append(out.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }

    /** HTML as a CMS exports it: text escaped, a paragraph per block, each turn's label in bold. */
    private static Rendering html(String text) {
        if (turns(text).isEmpty()) {
            return null;
        }
        Rendering escaped = chars(text, (s, i) -> switch (s.charAt(i)) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            default -> null;
        });
        Rendering bold = escaped.then(relabel(escaped.text, turns(escaped.text), (i, t) -> "<b>" + t.label() + ":</b> ",
                null));
        String b = bold.text;
        Rendering.Builder out = new Rendering.Builder(b).insert("<!DOCTYPE html>\n<html><body>\n");
        String[] lines = b.split("\n", -1);
        int at = 0;
        for (int n = 0; n < lines.length; n++) {
            boolean blank = lines[n].isBlank();
            boolean opens = !blank && (n == 0 || lines[n - 1].isBlank());
            boolean closes = !blank && (n + 1 == lines.length || lines[n + 1].isBlank());
            out.insert(opens ? "<p>" : "").copy(at, at + lines[n].length()).insert(closes ? "</p>" : "");
            at += lines[n].length();
            if (at < b.length()) {
                out.copy(at, at + 1);
                at++;
            }
        }
        return bold.then(out.insert("</body></html>\n").build());
    }

    /** Lines longer than 72 columns broken at their last space before it, as a plain-text mail or a PDF has them. */
    private static Rendering wrapped(String text) {
        boolean[] breaks = new boolean[text.length()];
        int lineStart = 0;
        int lastSpace = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lineStart = i + 1;
                lastSpace = -1;
            } else if (c == ' ' && i - lineStart <= 72) {
                lastSpace = i;
            }
            if (i - lineStart >= 72 && lastSpace > lineStart) {
                breaks[lastSpace] = true;
                lineStart = lastSpace + 1;
                lastSpace = -1;
            }
        }
        return chars(text, (s, i) -> breaks[i] ? "\n" : null);
    }

    private static Rendering chars(String text, CharFormat format) {
        Rendering.Builder out = new Rendering.Builder(text);
        for (int i = 0; i < text.length(); i++) {
            String as = format.of(text, i);
            out.put(i, as != null ? as : String.valueOf(text.charAt(i)));
        }
        return out.build();
    }

    /** Straight quotation marks made typographic: opening after a space or bracket, closing otherwise. */
    private static String smartQuote(String s, int i) {
        char c = s.charAt(i);
        boolean opening = i == 0 || Character.isWhitespace(s.charAt(i - 1)) || "([{—-".indexOf(s.charAt(i - 1)) >= 0;
        if (c == '"') {
            return opening ? "“" : "”";
        }
        return c == '\'' ? (opening ? "‘" : "’") : null;
    }

    /** A copy out of a web page: no-break spaces after commas and colons, a zero-width space after each sentence. */
    private static String invisible(String s, int i) {
        char c = s.charAt(i);
        if (c == ' ' && i > 0 && (s.charAt(i - 1) == ',' || s.charAt(i - 1) == ':')) {
            return "\u00a0";
        }
        if (c == ' ' && i > 0 && (s.charAt(i - 1) == '.' || s.charAt(i - 1) == '?')) {
            return " \u200b";
        }
        return null;
    }

    /** The {@code index}th turn's time, 37 seconds apart: "00:12:03" or "12:03". */
    private static String clock(int index, boolean hours) {
        int seconds = 12 * 60 + 3 + 37 * index;
        String minutes = String.format("%02d:%02d", seconds / 60 % 60, seconds % 60);
        return hours ? String.format("%02d:", seconds / 3600) + minutes : minutes;
    }
}

package io.claimstream.parse.turns;

import io.claimstream.contracts.Span;
import io.claimstream.contracts.Turn;
import io.claimstream.parse.blocks.Draft;
import io.claimstream.parse.text.Chars;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A written symposium or roundtable: an editor's introduction, then each contributor's answer in the first person
 * under a Markdown heading that names them ({@code ## Amara Nwosu, chief scientist at Keel Robotics},
 * {@code ## Ingrid Solberg (Nordvik Bank)}, {@code ## Priya Rao - founder, Lantern}). Such a heading is the label of
 * a turn that runs over the paragraphs below it up to the next heading of its level or above; a lower heading inside
 * the answer ("### Where it breaks") is the contributor's own signpost. Headings that name no one (a topic,
 * "Further reading") open no turn, and neither does a name heading over prose about that person in the third person
 * (a profile's section). The editor's bridges between answers, set wholly in italics, are nobody's turn.
 */
public final class HeadingTurns {

    /** Two contributors at least: one name heading is as likely a profile's or a list's. */
    private static final int MIN_NAMED = 2;
    private static final int MAX_HEADING = 140;
    private static final Pattern FIRST_PERSON = Pattern.compile("(?i)\\b(?:I|I['’](?:m|ve|d|ll)|me|my|we|we['’](?:re|ve|d|ll)|our|us)\\b");
    /** "*Weber wrote that …*", "_Next, the view from a bank._": the editor speaking between the answers. */
    private static final Pattern ITALIC_PARAGRAPH = Pattern.compile("(?s)([*_])(?![*_\\s]).*[^*_\\s]\\1");

    private HeadingTurns() {
    }

    /** The name and role a heading gives, as offsets into the text. */
    private record NamedHeading(int draft, int level, int nameStart, int nameEnd, String role) {
    }

    /**
     * The turns under headings that name people, with {@link Draft#turn} set on their paragraphs; empty when the
     * text is no such document, leaving the drafts as they were.
     */
    public static List<Turn> assign(String text, List<Draft> drafts) {
        if (drafts.stream().anyMatch(d -> d.label != null)) {
            return List.of(); // a transcript's labels name its speakers; its headings are sections
        }
        List<NamedHeading> named = new ArrayList<>();
        for (int k = 0; k < drafts.size(); k++) {
            NamedHeading heading = read(text, drafts, k);
            if (heading != null && speaksInTheFirstPerson(text, drafts, k, heading.level())) {
                named.add(heading);
            }
        }
        if (named.size() < MIN_NAMED) {
            return List.of();
        }
        List<Turn> turns = new ArrayList<>();
        for (NamedHeading heading : named) {
            int index = turns.size();
            String name = text.substring(heading.nameStart(), heading.nameEnd());
            String[] names = name.split("\\s+");
            Pattern surname = Pattern.compile("\\b" + Pattern.quote(names[names.length - 1]) + "\\b");
            int start = -1;
            int end = -1;
            for (int k = heading.draft() + 1; k < drafts.size() && !closes(drafts.get(k), heading.level()); k++) {
                Draft d = drafts.get(k);
                if (!opensAnswerText(text, d) || introducesThem(d.of(text), surname)) {
                    continue;
                }
                d.turn = index;
                start = start < 0 ? d.start : start;
                end = d.end;
            }
            if (start < 0) {
                start = end = drafts.get(heading.draft()).end;
            }
            turns.add(new Turn(NameCase.ofCapitals(name), heading.role() == null ? null
                    : NameCase.ofCapitalRole(heading.role()), new Span(heading.nameStart(), heading.nameEnd()),
                    new Span(start, end), null, null));
        }
        return turns;
    }

    private static boolean closes(Draft d, int level) {
        return d.kind.equals(Draft.HEADING) && d.strong && d.level <= level;
    }

    /** Prose, list items and tables under the heading; not the editor's italic bridge, nor a page's metadata. */
    private static boolean opensAnswerText(String text, Draft d) {
        if (d.kind.equals(Draft.HEADING) || d.kind.equals(Draft.METADATA)) {
            return false;
        }
        return !(d.kind.equals(Draft.TEXT) && ITALIC_PARAGRAPH.matcher(d.of(text).strip()).matches());
    }

    /**
     * "Oluwaseun Bakare leads the security team at …" under Bakare's heading: the editor presenting the contributor,
     * who is named in the third person, and nobody speaks in the first person.
     */
    private static boolean introducesThem(String paragraph, Pattern surname) {
        return surname.matcher(paragraph).find()
                && !FIRST_PERSON.matcher(paragraph.replaceAll("[\"“][^\"”]*[\"”]", "")).find();
    }

    private static boolean speaksInTheFirstPerson(String text, List<Draft> drafts, int k, int level) {
        for (int i = k + 1; i < drafts.size() && !closes(drafts.get(i), level); i++) {
            Draft d = drafts.get(i);
            if (opensAnswerText(text, d) && FIRST_PERSON.matcher(d.of(text)).find()) {
                return true;
            }
        }
        return false;
    }

    /** The person a Markdown heading names, with the role after a comma, a dash, a colon or in parentheses. */
    private static NamedHeading read(String text, List<Draft> drafts, int k) {
        Draft d = drafts.get(k);
        if (!d.kind.equals(Draft.HEADING) || !d.strong || d.end - d.start > MAX_HEADING || text.charAt(d.start) != '#') {
            return null;
        }
        int s = d.start;
        while (s < d.end && text.charAt(s) == '#') {
            s++;
        }
        s = Chars.skipSpace(text, s, d.end);
        int e = Chars.trimEnd(text, s, d.end);
        while (s < e && (text.charAt(s) == '*' || text.charAt(s) == '_')) {
            s++;
        }
        while (e > s && (text.charAt(e - 1) == '*' || text.charAt(e - 1) == '_')) {
            e--;
        }
        if (e <= s) {
            return null;
        }
        String heading = text.substring(s, e);
        int cut = heading.length();
        String role = null;
        for (String separator : new String[] {",", ":", " - ", " – ", " — ", " ("}) {
            int at = heading.indexOf(separator);
            if (at > 0 && at < cut) {
                cut = at;
                String rest = heading.substring(at + separator.length()).strip();
                if (separator.equals(" (")) {
                    rest = rest.endsWith(")") ? rest.substring(0, rest.length() - 1).strip() : rest;
                }
                role = rest.isEmpty() ? null : rest.replaceAll("^[*_]+|[*_]+$", "").strip();
            }
        }
        String name = heading.substring(0, cut).replaceAll("[*_]+$", "").strip();
        int nameStart = s + heading.indexOf(name);
        if (name.split("\\s+").length < 2 || !LabelReader.looksLikeName(name)
                || LabelNames.isNotSpeaker(LabelNames.key(name)) || LabelNames.isGeneric(LabelNames.key(name))) {
            return null;
        }
        return new NamedHeading(k, d.level, nameStart, nameStart + name.length(), role);
    }
}

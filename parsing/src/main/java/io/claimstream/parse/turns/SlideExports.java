package io.claimstream.parse.turns;

import io.claimstream.parse.blocks.Draft;
import io.claimstream.parse.text.Chars;
import io.claimstream.parse.text.Line;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A presentation exported with its notes: every section repeats the same field labels ({@code TITLE:},
 * {@code SLIDE TEXT:}, {@code SPEAKER NOTES:}). The fields are nobody; what a slide shows and what its notes say
 * are the presenter's, named on the first slide ({@code Dana Whitlock, PhD — Research Director}), until a note hands
 * the deck to a co-presenter named on a slide of their own ({@code HANDOVER TO SAM}, {@code Back to Dana}). A slide's
 * title is no claim of anybody's.
 */
public final class SlideExports {

    /** {@code SPEAKER NOTES:} against the margin, what the field holds on the rest of the line or below it. */
    private static final Pattern FIELD = Pattern.compile("(\\p{Lu}[\\p{Lu} ]{0,30}?)[ \\t]*:[ \\t]*(.*)");
    /** A presenter's line on a slide: a name, perhaps a name in parentheses and degrees, then a dash and the role. */
    private static final Pattern PRESENTER = Pattern.compile("(\\p{Lu}\\p{Ll}+(?:[ \\t]+\\p{Lu}\\p{Ll}+){1,2})"
            + "(?:[ \\t]*\\([^)\\n]{1,40}\\))?(?:,[ \\t]*[\\p{L}.]{2,6})?[ \\t]+[—–-][ \\t]+(.{3,80})");
    /** A note that passes the deck on: {@code HANDOVER TO SAM}, {@code over to Sam}, {@code back to Dana}. */
    private static final Pattern HANDOVER = Pattern.compile("(?i:\\b(?:hand(?:ing)?[ -]?over|over|back)[ \\t]+to)[ \\t]+"
            + "(\\p{Lu}\\p{L}+)");
    /** Fields whose words are somebody's; a title or caption only names the slide. */
    private static final List<String> SPOKEN_FIELDS = List.of("text", "notes", "body", "content", "contents", "transcript");
    private static final int MIN_SECTIONS = 3;

    private record Field(int line, String key, int nameStart, int nameEnd, int textStart) {
    }

    private record Presenter(String name, String role) {
    }

    private final List<Field> fields;
    private final String opener;

    private SlideExports(List<Field> fields, String opener) {
        this.fields = fields;
        this.opener = opener;
    }

    /** The export's fields, or null when no two field labels recur in three sections or more. */
    public static SlideExports of(String text, List<Line> lines) {
        List<Field> fields = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Line line : lines) {
            if (line.isBlank() || line.indent() > 0) {
                continue;
            }
            Matcher m = FIELD.matcher(text).region(line.start(), line.end());
            if (!m.matches()) {
                continue;
            }
            String key = LabelNames.key(m.group(1));
            if (!LabelNames.isNotSpeaker(key)) {
                continue;
            }
            fields.add(new Field(line.index(), key, m.start(1), m.end(1), m.start(2) < m.end(2) ? m.start(2) : line.end()));
            counts.merge(key, 1, Integer::sum);
        }
        long recurring = counts.values().stream().filter(n -> n >= MIN_SECTIONS).count();
        boolean spoken = counts.entrySet().stream().anyMatch(e -> e.getValue() >= MIN_SECTIONS && spoken(e.getKey()));
        if (recurring < 2 || !spoken) {
            return null;
        }
        fields.removeIf(f -> counts.get(f.key()) < MIN_SECTIONS);
        return new SlideExports(fields, fields.get(0).key());
    }

    private static boolean spoken(String key) {
        return SPOKEN_FIELDS.contains(key.substring(key.lastIndexOf(' ') + 1));
    }

    /** Labels the spoken fields with the presenter of their section, leaving every other line's label as it was. */
    public SpeakerLabel[] labels(String text, List<Line> lines, SpeakerLabel[] labels) {
        SpeakerLabel[] out = labels.clone();
        Presenter current = null;
        Presenter next = null;
        List<Presenter> presenters = new ArrayList<>();
        for (int f = 0; f < fields.size(); f++) {
            Field field = fields.get(f);
            int end = f + 1 < fields.size() ? lines.get(fields.get(f + 1).line()).lineStart() : text.length();
            String body = text.substring(field.textStart(), end);
            if (field.key().equals(opener) && next != null) {
                current = next;
                next = null;
            }
            Matcher named = PRESENTER.matcher(body.strip());
            if (named.lookingAt() && spoken(field.key())) {
                Presenter p = new Presenter(named.group(1), named.group(2).strip());
                presenters.add(p);
                if (current == null) {
                    current = p;
                }
            }
            Matcher handover = HANDOVER.matcher(body);
            while (handover.find()) {
                Presenter to = presenterCalled(presenters, handover.group(1));
                if (to != null) {
                    // a hand-over that opens the notes starts the new presenter's part; one that closes them ends this one
                    if (body.substring(0, handover.start()).isBlank()) {
                        current = to;
                    } else {
                        next = to;
                    }
                }
            }
            if (current != null && spoken(field.key())) {
                Line line = lines.get(field.line());
                out[field.line()] = new SpeakerLabel(current.name(), current.role(), field.nameStart(), field.nameEnd(),
                        line.start(), field.textStart(), false, null, false);
            }
        }
        return out;
    }

    private static Presenter presenterCalled(List<Presenter> presenters, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (Presenter p : presenters) {
            for (String part : p.name().split("[ \\t]+")) {
                if (part.toLowerCase(Locale.ROOT).equals(w)) {
                    return p;
                }
            }
        }
        return null;
    }

    /** A slide's title, and anything else in a field nobody speaks, is the deck's furniture, inside a turn or not. */
    public void markTitles(String text, List<Line> lines, List<Draft> drafts) {
        for (Field field : fields) {
            if (spoken(field.key())) {
                continue;
            }
            int at = lines.get(field.line()).start();
            for (Draft d : drafts) {
                if (d.start <= at && at < d.end || d.start == at) {
                    d.kind = Draft.METADATA;
                }
            }
        }
    }
}

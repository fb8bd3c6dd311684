package io.claimstream.parse.turns;

import io.claimstream.parse.blocks.Draft;
import io.claimstream.parse.text.Line;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A screenplay, teleplay or documentary dialogue script: each speech sits under its character cue, a name in
 * capitals indented deeper than the dialogue below it ({@code INES (V.O.)} over indented lines), while everything
 * the picture shows is written against the margin: scene headings ({@code INT. LAB — NIGHT}), action lines,
 * transitions ({@code CUT TO:}) and captions ({@code SUPER: …}). The layout itself says who speaks: a cue opens a
 * turn even if it is used once, a line against the margin is nobody's words and ends the speech above it, and the
 * parenthesis after a cue ({@code (V.O.)}, {@code (CONT'D)}, {@code (ARCHIVAL)}) says how the voice is heard, not who
 * the speaker is.
 */
public final class ScriptLayout {

    /** A script has several speeches; fewer cues are as likely an indented quotation under a name. */
    private static final int MIN_CUES = 3;
    private static final int MAX_CUE = 48;

    /**
     * A direction that puts the film's own words on screen ({@code TEXT ON SCREEN:}, {@code TITLE CARD:}): the
     * paragraphs under it are what the film states, in the voice of whoever made it, not a caption naming someone.
     */
    private static final Pattern ON_SCREEN = Pattern.compile(
            "(?:TEXT ON SCREEN|ON[- ]SCREEN TEXT|TITLE CARDS?|END CARDS?|CARDS?|INTERTITLES?|ON SCREEN)\\s*:?");

    /** Who speaks the on-screen text: the film itself, in the voice of its narrator. */
    private static final String NARRATOR = "Narrator";

    private final SpeakerLabel[] cues;
    private final int dialogueIndent;

    private ScriptLayout(SpeakerLabel[] cues, int dialogueIndent) {
        this.cues = cues;
        this.dialogueIndent = dialogueIndent;
    }

    /** The script layout of the text, or null when its lines are not set out as a script. */
    public static ScriptLayout of(String text, List<Line> lines) {
        SpeakerLabel[] cues = new SpeakerLabel[lines.size()];
        int count = 0;
        int dialogueIndent = Integer.MAX_VALUE;
        Set<String> names = new HashSet<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            cues[i] = cue(text, lines.get(i), lines.get(i + 1));
            if (cues[i] != null) {
                count++;
                names.add(cues[i].key());
                dialogueIndent = Math.min(dialogueIndent, lines.get(i + 1).indent());
            }
        }
        return count >= MIN_CUES && names.size() >= 2 ? new ScriptLayout(cues, dialogueIndent) : null;
    }

    /** Per line, the cue that opens a turn there, or null. */
    public SpeakerLabel[] labels() {
        return cues.clone();
    }

    /**
     * Marks what is not dialogue: a paragraph that starts left of the dialogue (a scene heading, an action line, a
     * transition, a caption, the credits) is a direction, metadata that ends the turn above it; a parenthesis alone
     * inside a speech ({@code (beat)}, {@code (laughs)}) is the script's note on the delivery, metadata inside the
     * turn. An on-screen text direction opens a turn of the film's own voice, its narrator's, over the paragraphs
     * under it up to the next line in capitals, a cue or a speech.
     */
    public void markDirections(String text, List<Line> lines, List<Draft> drafts) {
        boolean onScreen = false;
        boolean title = true;
        for (Draft draft : drafts) {
            if (draft.label != null) {
                onScreen = false;
                title = false;
                continue;
            }
            String written = draft.of(text).strip();
            if (lines.get(draft.firstLine).indent() < dialogueIndent) {
                if (onScreen && written.chars().anyMatch(Character::isLowerCase)) {
                    draft.kind = Draft.TEXT;
                    continue;
                }
                onScreen = ON_SCREEN.matcher(written).matches();
                if (onScreen) {
                    // the film's own words, in the voice that narrates it
                    draft.kind = Draft.TEXT;
                    draft.label = new SpeakerLabel(NARRATOR, null, draft.start, draft.end, draft.start, draft.end, true,
                            null, false, SpeakerLabel.Separator.LINE);
                    continue;
                }
                // the headings that open the script are its title, which names the document
                title &= draft.kind.equals(Draft.HEADING);
                draft.kind = title ? Draft.HEADING : Draft.METADATA;
                draft.direction = true;
                continue;
            }
            onScreen = false;
            title = false;
            if (written.length() > 2 && written.charAt(0) == '(' && written.indexOf(')') == written.length() - 1) {
                draft.kind = Draft.METADATA;
            }
        }
    }

    /**
     * The cue on {@code line}: a name in capitals, perhaps followed by parentheses, indented deeper than the
     * indented line right under it; or null.
     */
    private static SpeakerLabel cue(String text, Line line, Line under) {
        if (line.isBlank() || under.isBlank() || line.length() > MAX_CUE || under.indent() == 0
                || line.indent() <= under.indent()) {
            return null;
        }
        int s = line.start();
        int e = line.end();
        int open = text.indexOf('(', s);
        int nameEnd = open < 0 || open >= e ? e : open;
        if (nameEnd < e && !onlyParentheses(text, nameEnd, e)) {
            return null;
        }
        while (nameEnd > s && Character.isWhitespace(text.charAt(nameEnd - 1))) {
            nameEnd--;
        }
        String name = text.substring(s, nameEnd);
        if (!inCapitals(name) || LabelNames.isNotSpeaker(LabelNames.key(name))
                || name.split("\\s+").length > LabelNames.MAX_TOKENS) {
            return null;
        }
        boolean generic = LabelNames.isGeneric(LabelNames.key(name));
        return new SpeakerLabel(generic ? name : NameCase.ofCue(name), null, s, nameEnd, s, e, generic, null, false,
                SpeakerLabel.Separator.LINE);
    }

    /** {@code (V.O.)}, {@code (O.S.) (CONT'D)}: one or more parentheses and nothing else. */
    private static boolean onlyParentheses(String text, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return depth == 0;
    }

    /** Capital letters, at least two, with the spaces, periods, hyphens and apostrophes of a name, nothing else. */
    private static boolean inCapitals(String name) {
        int letters = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (!(c == ' ' || c == '.' || c == '-' || c == '\'' || c == '\u2019' || Character.isDigit(c))) {
                return false;
            }
        }
        return letters >= 2;
    }
}

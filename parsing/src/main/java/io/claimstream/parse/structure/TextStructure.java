package io.claimstream.parse.structure;

import io.claimstream.contracts.Paragraph;
import io.claimstream.contracts.Section;
import io.claimstream.contracts.Span;
import io.claimstream.contracts.Table;
import io.claimstream.contracts.Turn;
import io.claimstream.parse.blocks.Draft;
import io.claimstream.parse.blocks.ParagraphAssembler;
import io.claimstream.parse.text.Chars;
import io.claimstream.parse.text.Line;
import io.claimstream.parse.text.Lines;
import io.claimstream.parse.turns.ChatMessages;
import io.claimstream.parse.turns.CommentHeaders;
import io.claimstream.parse.turns.CompactTurns;
import io.claimstream.parse.turns.Depositions;
import io.claimstream.parse.turns.LabelReader;
import io.claimstream.parse.turns.ForumPosts;
import io.claimstream.parse.turns.HeaderFields;
import io.claimstream.parse.turns.LabelVetting;
import io.claimstream.parse.turns.MailAuthors;
import io.claimstream.parse.turns.ProfilePosts;
import io.claimstream.parse.turns.ScriptLayout;
import io.claimstream.parse.turns.SlideExports;
import io.claimstream.parse.turns.SpeakerLabel;
import io.claimstream.parse.turns.SocialPosts;
import io.claimstream.parse.turns.StandaloneLabels;
import io.claimstream.parse.turns.HeadingTurns;
import io.claimstream.parse.turns.TurnAssembler;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The structure of a text: paragraphs, speaker turns, sections and tables, every span an offset
 * into exactly the text given.
 */
public record TextStructure(List<Paragraph> paragraphs, List<Turn> turns, List<Section> sections,
                            List<Table> tables, List<Draft> drafts) {

    /** "The following is the transcript of …", "Below is a full translation of the panel". */
    private static final Pattern TRANSCRIPT_INTRO = Pattern.compile(
            "^(?:the\\s+following\\s+is|following\\s+is|below\\s+is|here\\s+is|here's|what\\s+follows\\s+is)\\b"
                    + ".{0,80}?\\b(?:transcript|translation|conversation|interview|dialogue|discussion|exchange|q&a)",
            Pattern.CASE_INSENSITIVE);

    /** A line opening or closing a Markdown code block. */
    private static final Pattern FENCE = Pattern.compile("[ \\t]{0,3}(?:```|~~~)");
    private static final Pattern FENCE_LINE = Pattern.compile("(?m)^[ \\t]{0,3}(?:```|~~~)");

    /** The structure of a submitted text file, whose lines may be wrapped at a width. */
    public static TextStructure of(String text, LabelVetting.Mode mode) {
        return of(text, mode, true);
    }

    /**
     * @param mayBeWrapped false for the text extracted from an HTML page, where white space is
     *     already collapsed and every line break left was meant ({@code <br>}, {@code <pre>}): there
     *     no two lines join into one paragraph for looking wrapped
     */
    public static TextStructure of(String text, LabelVetting.Mode mode, boolean mayBeWrapped) {
        List<Line> lines = Lines.of(text);
        List<Line> unquoted = mode == LabelVetting.Mode.NONE ? lines : MailAuthors.unquoted(text, lines);
        boolean mail = mode != LabelVetting.Mode.NONE && MailAuthors.isThread(text, unquoted);
        if (mail) {
            lines = unquoted;
        }
        boolean forum = !mail && mode != LabelVetting.Mode.NONE && ForumPosts.isThread(text, lines);
        boolean social = !mail && !forum && mode != LabelVetting.Mode.NONE && SocialPosts.isThread(text, lines);
        boolean profile = !mail && !forum && !social && mode != LabelVetting.Mode.NONE
                && ProfilePosts.isThread(text, lines);
        boolean chat = !mail && !forum && !social && !profile && mode != LabelVetting.Mode.NONE
                && ChatMessages.isLog(text, lines);
        boolean court = !mail && !forum && !social && !profile && !chat && mode != LabelVetting.Mode.NONE
                && Depositions.isTranscript(text, lines);
        ScriptLayout script = !mail && !forum && !social && !profile && !chat && !court && mode != LabelVetting.Mode.NONE
                ? ScriptLayout.of(text, lines) : null;
        SpeakerLabel[] candidates = new SpeakerLabel[lines.size()];
        int titleLine = -1;
        for (Line line : lines) {
            if (!line.isBlank()) {
                // a page copied with its menu or cookie banner on top: the headline is the first line of the article
                if (titleLine < 0 && !PageFurniture.isPageLine(line.of(text))) {
                    titleLine = line.index();
                }
                candidates[line.index()] = LabelReader.read(text, line);
            }
        }
        boolean[] accepted = LabelVetting.accept(candidates, titleLine, text, mode);
        if (mode == LabelVetting.Mode.EVIDENCE) {
            HeaderFields.dropRolesAmongFields(text, lines, candidates, accepted);
        }
        SpeakerLabel[] labels = new SpeakerLabel[lines.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = accepted[i] ? candidates[i] : null;
        }
        if (mode != LabelVetting.Mode.NONE) {
            addStandaloneLabels(text, lines, candidates, accepted, labels);
        }
        if (mail) {
            // a message's author line is its label; no other line of a thread opens a turn
            for (Line line : lines) {
                labels[line.index()] = line.isBlank() ? null : MailAuthors.read(text, line);
            }
        } else if (forum) {
            // a post's header line is its label; a line inside a post that looks like a label is the post's text
            for (Line line : lines) {
                labels[line.index()] = line.isBlank() ? null : ForumPosts.read(text, line);
            }
        } else if (social) {
            // a post opens with its poster's name over a handle; no other line of a thread opens a turn
            for (Line line : lines) {
                labels[line.index()] = SocialPosts.read(text, lines, line.index());
            }
        } else if (profile) {
            // a post or comment opens with its poster's name over their headline and its age; nothing else opens one
            for (Line line : lines) {
                labels[line.index()] = ProfilePosts.read(text, lines, line.index());
            }
        } else if (chat) {
            // an author's header (or an IRC nick) is the label; a message that reads "re pricing: …" is a message
            for (Line line : lines) {
                labels[line.index()] = ChatMessages.read(text, line);
            }
        } else if (court) {
            // Q. and A. are the examining lawyer and the witness by name, counsel speak in colloquy by name
            labels = Depositions.labels(text, lines);
        } else if (script != null) {
            // a script's cues open its speeches; "SUPER:" and "CUT TO:" against the margin are directions, no speakers
            labels = script.labels();
        }
        // a comment section under an article: each commenter's name over the comment's date opens their comment
        boolean comments = !mail && !forum && !social && !profile && !chat && !court && script == null
                && mode != LabelVetting.Mode.NONE && CommentHeaders.relabel(text, lines, labels);
        SlideExports slides = mail || forum || social || profile || chat || court || script != null
                || mode == LabelVetting.Mode.NONE ? null : SlideExports.of(text, lines);
        if (slides != null) {
            labels = slides.labels(text, lines, labels);
        }
        Set<String> names = script != null ? new HashSet<>() : LabelVetting.acceptedNames(candidates, accepted);
        for (SpeakerLabel label : mail || forum || social || profile || chat || court ? new SpeakerLabel[0] : labels) {
            if (label != null && label.separator() == SpeakerLabel.Separator.LINE && !label.generic()) {
                names.add(label.name()); // a name on its own line labels its speaker as well as "Name:" does
            }
        }
        // a post copied from a page puts each of its paragraphs on a line, and the page's lines around it are short
        // and a chat client puts each message on a line of its own
        List<Draft> drafts = ParagraphAssembler.assemble(text, lines, labels, mayBeWrapped && !social && !profile && !chat && !court);
        if (mail) {
            MailAuthors.markHeadersAndSignatures(text, drafts);
        } else if (forum) {
            ForumPosts.markQuotesAndButtons(text, drafts);
        } else if (social) {
            SocialPosts.markChrome(text, drafts);
        } else if (profile) {
            ProfilePosts.markChrome(text, drafts);
        } else if (chat) {
            ChatMessages.markBotsAndNotices(text, lines, drafts);
        } else if (court) {
            Depositions.markLayout(text, lines, drafts);
        } else {
            if (comments) {
                CommentHeaders.markChrome(text, drafts);
            }
            MailAuthors.markQuotedHeaders(text, drafts);
            drafts = ChatMessages.markMeetingNotices(text, drafts);
        }
        drafts = CompactTurns.split(text, drafts, names);
        if (!mail && !forum && !social && !profile && !chat && !court) {
            // a thread's or a log's own chrome (signatures, buttons, bots) is marked by its reader above
            PageFurniture.mark(text, drafts);
        }
        markTranscriptIntros(text, drafts);
        markCodeBlocks(text, drafts);
        markBracketedNotes(text, drafts);
        if (script != null) {
            script.markDirections(text, lines, drafts);
        }
        if (slides != null) {
            slides.markTitles(text, lines, drafts);
        }
        // a symposium's contributors answer under headings that name them, where no line of the text is a label
        List<Turn> turns = script != null ? List.of() : HeadingTurns.assign(text, drafts);
        if (turns.isEmpty()) {
            turns = TurnAssembler.assign(text, drafts);
        }
        return new TextStructure(paragraphs(drafts), turns, Sections.of(text, drafts), Tables.of(text, drafts), drafts);
    }

    /** Names alone on their line, for lines that hold no {@code Name:} label. */
    private static void addStandaloneLabels(String text, List<Line> lines, SpeakerLabel[] candidates,
                                            boolean[] accepted, SpeakerLabel[] labels) {
        SpeakerLabel[] standalone = new SpeakerLabel[lines.size()];
        boolean any = false;
        for (Line line : lines) {
            if (!accepted[line.index()] && !line.isBlank()) {
                standalone[line.index()] = StandaloneLabels.read(text, line);
                any |= standalone[line.index()] != null;
            }
        }
        if (!any) {
            return;
        }
        for (int i = 0; i < standalone.length; i++) {
            if (standalone[i] != null && i > 0 && CREDIT_LINE.matcher(lines.get(i - 1).of(text)).find()) {
                // "Asked by" / "Baroness Kerridge", "Moved by" / "Lord Ashgrove": the line credits whoever tabled the
                // question or the motion printed below, whose own contribution comes under their label later
                standalone[i] = null;
                continue;
            }
            SpeakerLabel withRole = StandaloneLabels.withRoleLine(text, lines, i, standalone[i]);
            if (withRole != null) {
                standalone[i] = withRole;
                standalone[i + 1] = null; // "Chief Financial Officer" under the name is its role, no name of its own
            }
            int under = withRole != null ? i + 2 : i + 1;
            if (standalone[i] != null && under < lines.size()) {
                if (!lines.get(under).isBlank() && PageFurniture.controls(lines.get(under).of(text).strip())) {
                    // "Copy link to this contribution" under each member's label (Hansard online): the page's button,
                    // part of the label's header, neither the speaker's first words nor a break in the turn
                    SpeakerLabel l = standalone[i];
                    standalone[i] = new SpeakerLabel(l.name(), l.role(), l.nameStart(), l.nameEnd(), l.start(),
                            lines.get(under).end(), l.generic(), l.startMillis(), l.appositive(), l.separator());
                    standalone[under] = null;
                }
            }
        }
        Set<String> known = new HashSet<>();
        for (int i = 0; i < accepted.length; i++) {
            if (accepted[i]) {
                known.add(candidates[i].key());
            }
        }
        boolean[] ok = StandaloneLabels.accept(lines, standalone, known, false);
        for (int i = 0; i < ok.length; i++) {
            // "Q - Rohan Mehta {BIO 19002245 <GO>}" asks once from the floor: the terminal's marks make the line a label
            ok[i] |= standalone[i] != null && StandaloneLabels.isTerminalLabel(lines.get(i).of(text));
        }
        Set<String> speakers = new HashSet<>();
        for (int i = 0; i < ok.length; i++) {
            if (ok[i]) {
                labels[i] = standalone[i];
                speakers.add(standalone[i].key().replace(" ", ""));
            }
        }
        // "Yuanmeiqi: Very much." among turns under "Yuan Meiqi" on its own line: one of the transcript's speakers,
        // labelled once the other way (and misspelt, run together), opens a turn as the other labels do
        for (int i = 0; i < candidates.length; i++) {
            if (labels[i] == null && candidates[i] != null && !candidates[i].generic()
                    && candidates[i].separator() == SpeakerLabel.Separator.COLON
                    && speakers.contains(candidates[i].key().replace(" ", ""))) {
                labels[i] = candidates[i];
            }
        }
    }

    /** A line that ends in "by", crediting the name on the line below it ("Asked by", "Moved by", "Written by"). */
    private static final Pattern CREDIT_LINE = Pattern.compile("(?i)(^|\\s)by:?\\s*$");

    /**
     * A Markdown code block fenced by {@code ```} or {@code ~~~} (a config, a command, a stack trace) is what a
     * program reads, nobody's statement: every paragraph that opens with a fence or inside one is metadata, and
     * the turn it sits in goes on below it.
     */
    private static void markCodeBlocks(String text, List<Draft> drafts) {
        boolean inside = false;
        for (Draft draft : drafts) {
            boolean opensWithFence = FENCE.matcher(text).region(draft.start, draft.end).lookingAt();
            if (inside || opensWithFence) {
                draft.kind = Draft.METADATA;
            }
            Matcher fence = FENCE_LINE.matcher(draft.of(text));
            while (fence.find()) {
                inside = !inside;
            }
        }
    }

    /**
     * A paragraph wholly inside one pair of square brackets ({@code [Editor's note: …]}, {@code [The firm was sold in
     * July.]}, {@code [Whereupon, the hearing was adjourned.]}) is the editor's or the recorder's insertion between
     * what people said, nobody's statement: metadata, and the turn it sits in goes on below it.
     */
    private static void markBracketedNotes(String text, List<Draft> drafts) {
        for (Draft draft : drafts) {
            if (draft.label == null && draft.kind.equals(Draft.TEXT) && oneBracketedNote(text, draft.start,
                    Chars.trimEnd(text, draft.start, draft.end))) {
                draft.kind = Draft.METADATA;
            }
        }
    }

    private static boolean oneBracketedNote(String text, int start, int end) {
        if (end - start < 3 || text.charAt(start) != '[' || text.charAt(end - 1) != ']') {
            return false;
        }
        int depth = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0 && i < end - 1) {
                return false; // "[Jane Roe] hello [laughs]": the brackets close before the paragraph does
            }
        }
        return depth == 0;
    }

    private static void markTranscriptIntros(String text, List<Draft> drafts) {
        Draft previous = null;
        for (Draft draft : drafts) {
            // "Sophie Lam" / "The following is the English translation of Mr. Ren's remarks.": said by whom the label
            // over it names, as a call's investor-relations head reads out a translation, so the turn goes on below it
            boolean spokenUnderALabel = previous != null && previous.label != null
                    && previous.label.textStart() >= Chars.trimEnd(text, previous.start, previous.end);
            if (draft.label == null && draft.kind.equals(Draft.TEXT) && draft.end - draft.start < 400
                    && !spokenUnderALabel && TRANSCRIPT_INTRO.matcher(text).region(draft.start, draft.end).lookingAt()) {
                draft.transcriptIntro = true;
                draft.kind = Draft.METADATA;
            }
            previous = draft;
        }
    }

    private static List<Paragraph> paragraphs(List<Draft> drafts) {
        List<Paragraph> paragraphs = new ArrayList<>(drafts.size());
        for (Draft draft : drafts) {
            paragraphs.add(new Paragraph(new Span(draft.start, draft.end), draft.turn, draft.kind));
        }
        return paragraphs;
    }
}

package io.claimstream.parse.formats;

import io.claimstream.contracts.Paragraph;
import io.claimstream.contracts.Turn;
import io.claimstream.parse.Format;
import io.claimstream.parse.blocks.Draft;
import io.claimstream.parse.structure.TextStructure;
import io.claimstream.parse.text.Timestamps;

import java.util.Locale;
import java.util.Set;

/** Names the format of a text from the structure found in it. */
public final class FormatDetector {

    private static final Set<String> QA_LABELS = Set.of("q", "a", "question", "answer", "interviewer", "interviewee");
    /** No longer label is one of {@link #QA_LABELS}: a name is ruled out without lower-casing it. */
    private static final int MAX_QA_LABEL = 11;

    private FormatDetector() {
    }

    /** Which reader a document needs: HTML and subtitles are converted to text first, everything else is text. */
    public static Format reader(Format requested, String text) {
        if (requested == Format.HTML || requested == Format.WEBVTT || requested == Format.SRT) {
            return requested;
        }
        if (requested != Format.AUTO) {
            return Format.PLAIN;
        }
        if (SubtitleCues.isWebVtt(text)) {
            return Format.WEBVTT;
        }
        if (SubtitleCues.isSrt(text)) {
            return Format.SRT;
        }
        return HtmlText.looksLikeHtml(text) ? Format.HTML : Format.PLAIN;
    }

    public static Format ofText(String text, TextStructure structure) {
        if (structure.turns().isEmpty()) {
            if (mostlyTimestamped(text, structure)) {
                return Format.TIMESTAMPED;
            }
            return looksLikeMarkdown(text, structure) ? Format.MARKDOWN : Format.PLAIN;
        }
        int qa = 0;
        int timed = 0;
        for (Turn turn : structure.turns()) {
            if (turn.speaker().length() <= MAX_QA_LABEL && QA_LABELS.contains(turn.speaker().toLowerCase(Locale.ROOT))) {
                qa++;
            }
            if (turn.startMillis() != null) {
                timed++;
            }
        }
        if (timed * 2 > structure.turns().size()) {
            return Format.TIMESTAMPED;
        }
        if (qa * 2 > structure.turns().size()) {
            return Format.QA;
        }
        return introIsLong(text, structure) ? Format.MIXED : Format.TRANSCRIPT;
    }

    /** Prose before the first turn that makes up a good share of the text: a summary, then the transcript. */
    private static boolean introIsLong(String text, TextStructure structure) {
        int boundary = structure.turns().get(0).label().start();
        boolean announced = false;
        for (Draft draft : structure.drafts()) {
            if (draft.transcriptIntro) {
                boundary = draft.start;
                announced = true;
                break;
            }
        }
        int prose = 0;
        int paragraphs = 0;
        for (Paragraph paragraph : structure.paragraphs()) {
            if (paragraph.span().start() >= boundary) {
                break;
            }
            if (paragraph.kind().equals("text") || paragraph.kind().equals("bullet")) {
                prose += paragraph.span().length();
                paragraphs++;
            }
        }
        return prose * 5 >= text.length() || (announced && paragraphs >= 2 && prose * 10 >= text.length());
    }

    private static boolean mostlyTimestamped(String text, TextStructure structure) {
        int timed = 0;
        for (Paragraph paragraph : structure.paragraphs()) {
            if (Timestamps.at(text, paragraph.span().start(), paragraph.span().end()) != null) {
                timed++;
            }
        }
        return timed >= 2 && timed * 2 >= structure.paragraphs().size();
    }

    private static boolean looksLikeMarkdown(String text, TextStructure structure) {
        if (!structure.tables().isEmpty()) {
            return true;
        }
        return text.startsWith("# ") || text.startsWith("## ") || text.contains("\n# ") || text.contains("\n## ")
                || text.contains("\n### ") || text.contains("**") || text.contains("](http");
    }
}

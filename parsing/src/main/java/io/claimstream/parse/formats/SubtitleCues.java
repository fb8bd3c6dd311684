package io.claimstream.parse.formats;

import io.claimstream.parse.turns.LabelVetting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads WebVTT and SRT cues. Voices come from WebVTT {@code <v Name>} tags, or from a
 * {@code NAME:} / {@code >> NAME:} prefix in the cue text as captioners write them; other tags,
 * cue settings, NOTE/STYLE/REGION blocks and entity escapes are dropped.
 */
final class SubtitleCues {

    private static final Pattern TIMING = Pattern.compile(
            "^\\s*((?:\\d{1,3}:)?\\d{1,2}:\\d{2}[.,]\\d{1,3})\\s*-->\\s*((?:\\d{1,3}:)?\\d{1,2}:\\d{2}[.,]\\d{1,3})");
    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^\\s>]*)?\\s+([^>]+)>");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>|<\\d{1,2}:\\d{2}(?::\\d{2})?[.,]\\d{1,3}>|\\{\\\\[^}]*}");
    /**
     * {@code NAME:}, {@code >> NAME:}, {@code LEI (through interpreter):}: the parentheses say how the voice is heard
     * (through an interpreter, off screen, over the picture), not who speaks.
     */
    private static final Pattern PREFIX = Pattern.compile("^(?:>>\\s*)?([\\p{Lu}][\\p{L}.'’ -]{0,40}?|[\\p{Lu}\\d _]{2,30})"
            + "(?:[ \\t]*\\([^()\\n]{1,40}\\))?\\s?:\\s+(?=\\S)");
    /**
     * {@code - Doubles it?}: a dash at a line's start, as captioners write it, says another voice speaks from there
     * (two voices in one cue, or the answer in the next cue).
     */
    private static final Pattern TURN_DASH = Pattern.compile("^[-\u2010\u2013\u2014][ \\t]*(?=\\S)");
    /**
     * What is heard or shown rather than said: {@code [door opens]}, {@code (laughs)}, {@code ♪ ♪}, a lower third
     * {@code [ON SCREEN: …]}; a note of its own, never part of a voice's sentence.
     */
    private static final Pattern NOTE = Pattern.compile("(?:\\s*(?:\\[[^\\]]*]|\\([^)]*\\)|[♪♫#]+))+\\s*");

    private static final Pattern ESCAPE = Pattern.compile("&(?:lt|gt|nbsp|lrm|rlm|quot|#39|amp);");
    private static final Pattern LINE_JOIN = Pattern.compile("\\s*\\n\\s*");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern BOM = Pattern.compile("\uFEFF");

    private static final int HEAD = 4096;

    private SubtitleCues() {
    }

    /** True when the text starts like a WebVTT file. */
    static boolean isWebVtt(String text) {
        return head(text).stripLeading().replace("\uFEFF", "").startsWith("WEBVTT");
    }

    /** True when the first block looks like an SRT cue: a number, then a timing line. */
    static boolean isSrt(String text) {
        if (!startsWithDigit(text)) {
            return false; // most texts: no copy, no split
        }
        String[] lines = head(text).stripLeading().replace("\uFEFF", "").split("\\R", 4);
        return lines.length >= 2 && lines[0].strip().matches("\\d{1,6}") && TIMING.matcher(lines[1]).find();
    }

    /** The first character past white space and byte-order marks is a digit, as a cue number is. */
    private static boolean startsWithDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return c >= '0' && c <= '9';
            }
        }
        return false;
    }

    /** The start of the text, where a subtitle file shows what it is: copying and splitting all of it cost a scan of every line. */
    private static String head(String text) {
        return text.length() <= HEAD ? text : text.substring(0, HEAD);
    }

    static List<Cue> read(String text) {
        List<Cue> cues = new ArrayList<>();
        List<int[]> lines = lines(text);
        int i = 0;
        while (i < lines.size()) {
            Matcher timing = TIMING.matcher(line(text, lines.get(i)));
            if (!timing.find()) {
                i++;
                continue;
            }
            long start = millis(timing.group(1));
            long end = millis(timing.group(2));
            MappedText payload = new MappedText();
            i++;
            while (i < lines.size() && !line(text, lines.get(i)).isBlank() && !TIMING.matcher(line(text, lines.get(i))).find()) {
                if (payload.length() > 0) {
                    payload.appendInserted("\n");
                }
                payload.append(MappedText.of(text, lines.get(i)[0], lines.get(i)[1]).replaceAll(BOM, m -> "").strip());
                i++;
            }
            addCue(cues, start, end, payload);
        }
        return cues;
    }

    /** Each line's {@code [start, end)} in the text, without its line break. */
    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        Matcher breaks = LINE_BREAK.matcher(text);
        int at = 0;
        while (breaks.find()) {
            lines.add(new int[] {at, breaks.start()});
            at = breaks.end();
        }
        lines.add(new int[] {at, text.length()});
        return lines;
    }

    private static String line(String text, int[] bounds) {
        return text.substring(bounds[0], bounds[1]).replace("\uFEFF", "");
    }

    private static void addCue(List<Cue> cues, long start, long end, MappedText payload) {
        String voiceTag = null;
        int voiceStart = -1;
        int voiceEnd = -1;
        Matcher voice = VOICE.matcher(payload);
        if (voice.find()) {
            voiceTag = voice.group(1).strip();
            if (!voiceTag.isEmpty()) {
                int from = voice.start(1) + voice.group(1).indexOf(voiceTag);
                voiceStart = payload.sourceStart(from);
                voiceEnd = payload.sourceEnd(from + voiceTag.length() - 1);
            }
        }
        MappedText plain = payload.replaceAll(TAG, m -> "").replaceAll(ESCAPE, m -> unescape(m.group()));
        boolean first = true;
        for (MappedText line : voices(plain)) {
            boolean dashed = false;
            Matcher dash = TURN_DASH.matcher(line);
            if (dash.find()) {
                line = line.slice(dash.end(), line.length());
                dashed = true;
            }
            String speaker = first ? voiceTag : null;
            int speakerStart = first ? voiceStart : -1;
            int speakerEnd = first ? voiceEnd : -1;
            boolean note = false;
            if (speaker == null) {
                Matcher prefix = PREFIX.matcher(line);
                if (prefix.find() && !prefix.group(1).isBlank()) {
                    String name = prefix.group(1).strip();
                    if (LabelVetting.couldNameASpeaker(name)) {
                        speaker = name;
                        int from = prefix.start(1) + prefix.group(1).indexOf(speaker);
                        speakerStart = line.sourceStart(from);
                        speakerEnd = line.sourceEnd(from + speaker.length() - 1);
                        line = line.slice(prefix.end(), line.length());
                    } else {
                        // "Subtitles: Meridel Captioning": the file's credits, nobody's speech
                        note = LabelVetting.isCaption(name);
                    }
                }
            }
            if (line.length() >= 2 && line.charAt(0) == '>' && line.charAt(1) == '>') {
                line = line.slice(2, line.length()).strip();
            }
            MappedText joined = line.strip().replaceAll(LINE_JOIN, m -> " ").strip();
            note |= NOTE.matcher(joined).matches();
            if (!joined.isEmpty() && !joined.toString().isBlank()) {
                cues.add(new Cue(start, end, speaker, speakerStart, speakerEnd, joined, dashed, note));
            }
            first = false;
        }
    }

    /** The cue's text cut where a line opens with a dash, each part one voice's; the whole cue when none does. */
    private static List<MappedText> voices(MappedText plain) {
        List<MappedText> parts = new ArrayList<>();
        String s = plain.toString();
        int from = 0;
        int at = 0;
        while (at <= s.length()) {
            int lineEnd = s.indexOf('\n', at);
            int next = lineEnd < 0 ? s.length() + 1 : lineEnd + 1;
            if (at > from && at < s.length() && TURN_DASH.matcher(s.substring(at, lineEnd < 0 ? s.length() : lineEnd)).find()) {
                parts.add(plain.slice(from, at));
                from = at;
            }
            at = next;
        }
        parts.add(plain.slice(from, plain.length()));
        return parts;
    }

    private static String unescape(String entity) {
        return switch (entity) {
            case "&lt;" -> "<";
            case "&gt;" -> ">";
            case "&nbsp;" -> "\u00A0";
            case "&quot;" -> "\"";
            case "&#39;" -> "'";
            case "&amp;" -> "&";
            default -> ""; // &lrm; and &rlm;: direction marks, nothing to read
        };
    }

    private static long millis(String stamp) {
        String[] parts = stamp.replace(',', '.').split(":");
        long total = 0;
        for (int p = 0; p < parts.length - 1; p++) {
            total = total * 60 + Long.parseLong(parts[p]);
        }
        String[] secs = parts[parts.length - 1].split("\\.");
        total = total * 60 + Long.parseLong(secs[0]);
        String fraction = (secs.length > 1 ? secs[1] : "0") + "00";
        return total * 1000 + Long.parseLong(fraction.substring(0, 3));
    }
}

package io.claimstream.parse.formats;

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
    private static final Pattern PREFIX = Pattern.compile("^(?:>>\\s*)?([\\p{Lu}][\\p{L}.'’ -]{0,40}?|[\\p{Lu}\\d _]{2,30})\\s?:\\s+(?=\\S)");

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
        String[] lines = text.replace("\uFEFF", "").split("\\R", -1);
        int i = 0;
        while (i < lines.length) {
            Matcher timing = TIMING.matcher(lines[i]);
            if (!timing.find()) {
                i++;
                continue;
            }
            long start = millis(timing.group(1));
            long end = millis(timing.group(2));
            StringBuilder payload = new StringBuilder();
            i++;
            while (i < lines.length && !lines[i].isBlank() && !TIMING.matcher(lines[i]).find()) {
                if (payload.length() > 0) {
                    payload.append('\n');
                }
                payload.append(lines[i].strip());
                i++;
            }
            addCue(cues, start, end, payload.toString());
        }
        return cues;
    }

    private static void addCue(List<Cue> cues, long start, long end, String payload) {
        String speaker = null;
        Matcher voice = VOICE.matcher(payload);
        if (voice.find()) {
            speaker = voice.group(1).strip();
        }
        String plain = unescape(TAG.matcher(payload).replaceAll(""));
        if (speaker == null) {
            Matcher prefix = PREFIX.matcher(plain);
            if (prefix.find() && !prefix.group(1).isBlank()) {
                speaker = prefix.group(1).strip();
                plain = plain.substring(prefix.end());
            }
        }
        if (plain.startsWith(">>")) {
            plain = plain.substring(2).strip();
        }
        String joined = String.join(" ", plain.strip().split("\\s*\\n\\s*"));
        if (!joined.isBlank()) {
            cues.add(new Cue(start, end, speaker, joined.strip()));
        }
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", "\u00A0").replace("&lrm;", "")
                .replace("&rlm;", "").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
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

package io.claimstream.parse.metadata;

import io.claimstream.contracts.DocumentMetadata;
import io.claimstream.contracts.Participant;
import io.claimstream.contracts.RawDocument;
import io.claimstream.parse.blocks.Draft;
import io.claimstream.parse.text.Chars;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/** Document metadata: what the request says wins; the rest is read from the text. */
public final class MetadataReader {

    private static final int MAX_TITLE = 200;
    private static final int TITLE_SEARCH = 6;

    /** Page furniture that copy-pasted articles start with. */
    private static final Set<String> BOILERPLATE = Set.of("home", "article", "homearticle", "menu", "news",
            "navigation", "skip to content", "share", "subscribe", "sign in", "log in", "search", "advertisement");

    private MetadataReader() {
    }

    /**
     * @param receivedAt when the document arrived: a date written without a year and with no year
     *                   anywhere in the text is the latest such date not after it (null: no guess)
     */
    public static DocumentMetadata read(RawDocument raw, String text, List<Draft> drafts, List<Participant> participants,
                                        Instant receivedAt) {
        String title = blankToNull(raw.title());
        if (title == null) {
            title = titleFromText(text, drafts);
        }
        String published = blankToNull(raw.published());
        String precision = published == null ? null : published.length() == 7 ? "month" : "day";
        if (published == null) {
            DateFinder.Found found = DateFinder.find(text,
                    receivedAt == null ? null : LocalDate.ofInstant(receivedAt, ZoneOffset.UTC));
            if (found != null) {
                published = found.date();
                precision = found.precision();
            }
        }
        String language = blankToNull(raw.language());
        if (language == null) {
            language = Languages.guess(text);
        }
        String source = blankToNull(raw.source());
        if (source == null) {
            source = SourceFinder.find(text);
        }
        return new DocumentMetadata(title, source, blankToNull(raw.url()), published, precision, language,
                EventFinder.find(text), participants);
    }

    /**
     * The first heading or short line of a few words near the top (skipping page furniture such as
     * "Home"), else the first heading, else the first line, shortened to a title's length.
     */
    static String titleFromText(String text, List<Draft> drafts) {
        int seen = 0;
        for (Draft draft : drafts) {
            // a page's menu, banner and share buttons come before its headline however many lines they take
            if (draft.kind.equals(Draft.METADATA)) {
                continue;
            }
            if (seen++ >= TITLE_SEARCH) {
                break;
            }
            String line = firstLine(text, draft.start, draft.end);
            if (BOILERPLATE.contains(line.toLowerCase())) {
                continue;
            }
            char last = line.isEmpty() ? '.' : line.charAt(line.length() - 1);
            if (line.length() <= 150 && line.split("\\s+").length >= 3 && last != '.' && last != ',' && last != ';') {
                return clean(line);
            }
        }
        for (Draft draft : drafts) {
            if (draft.kind.equals(Draft.HEADING)) {
                return clean(firstLine(text, draft.start, draft.end));
            }
        }
        return drafts.isEmpty() ? null : clean(firstLine(text, drafts.get(0).start, drafts.get(0).end));
    }

    private static String clean(String line) {
        String s = line.strip();
        int i = 0;
        while (i < s.length() && s.charAt(i) == '#') {
            i++;
        }
        return shorten(s.substring(i).replace("**", "").strip());
    }

    private static String firstLine(String text, int start, int end) {
        int i = start;
        while (i < end && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return text.substring(start, i).strip();
    }

    static String shorten(String s) {
        if (s.length() <= MAX_TITLE) {
            return s;
        }
        int cut = MAX_TITLE;
        while (cut > MAX_TITLE / 2 && !Chars.isSpace(s.charAt(cut))) {
            cut--;
        }
        if (Character.isLowSurrogate(s.charAt(cut))) {
            cut--;
        }
        return s.substring(0, cut).strip() + "…";
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

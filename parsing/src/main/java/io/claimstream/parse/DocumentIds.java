package io.claimstream.parse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

import io.claimstream.parse.text.Lines;

/**
 * Content-derived document ids: the same text, submitted twice with different line endings,
 * trailing spaces, Unicode composition or surrounding blank lines, gets the same id, so the
 * second submission is recognised as a duplicate.
 */
public final class DocumentIds {

    /** 32 hex characters = 128 bits of SHA-256, ample against accidental collisions. */
    public static final int LENGTH = 32;

    private DocumentIds() {
    }

    public static String of(String text) {
        byte[] digest = sha256().digest(normalise(text).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest).substring(0, LENGTH);
    }

    /** True when {@code id} has the shape of an id made by {@link #of}. */
    public static boolean looksLikeId(String id) {
        if (id == null || id.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = id.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * NFC, LF line ends, no trailing whitespace on any line, no leading or trailing blank lines.
     * One pass over the text: splitting it into line strings and joining them again cost as much as
     * parsing a transcript's labels.
     */
    static String normalise(String text) {
        String source = text == null ? "" : text;
        String nfc = Normalizer.isNormalized(source, Normalizer.Form.NFC) ? source
                : Normalizer.normalize(source, Normalizer.Form.NFC);
        boolean lineFeedsOnly = nfc.indexOf('\r') < 0;
        if (lineFeedsOnly) {
            String clean = alreadyClean(nfc);
            if (clean != null) {
                return clean;
            }
        }
        int n = nfc.length();
        StringBuilder out = new StringBuilder(n);
        boolean content = false;
        int blankLines = 0;
        int lineStart = 0;
        while (true) {
            int lineBreak = lineFeedsOnly ? nfc.indexOf('\n', lineStart) : Lines.nextBreak(nfc, lineStart);
            int end = lineBreak < 0 ? n : lineBreak;
            int kept = end;
            while (kept > lineStart && Character.isWhitespace(nfc.charAt(kept - 1))) {
                kept--;
            }
            if (kept == lineStart) {
                blankLines += content ? 1 : 0;
            } else {
                if (content) {
                    for (int k = 0; k <= blankLines; k++) {
                        out.append('\n');
                    }
                }
                out.append(nfc, lineStart, kept);
                content = true;
                blankLines = 0;
            }
            if (lineBreak < 0) {
                return out.toString();
            }
            boolean crlf = nfc.charAt(lineBreak) == '\r' && lineBreak + 1 < n && nfc.charAt(lineBreak + 1) == '\n';
            lineStart = lineBreak + (crlf ? 2 : 1);
        }
    }

    /**
     * The common case, when no line ends in whitespace: the text from its first to its last non-blank
     * line, as is. Null when some line needs trimming.
     */
    private static String alreadyClean(String text) {
        int first = -1;
        int lastEnd = 0;
        int lineStart = 0;
        while (true) {
            int lineBreak = text.indexOf('\n', lineStart); // vectorised by the JIT
            int end = lineBreak < 0 ? text.length() : lineBreak;
            if (end > lineStart) {
                if (Character.isWhitespace(text.charAt(end - 1))) {
                    return null;
                }
                first = first < 0 ? lineStart : first;
                lastEnd = end;
            }
            if (lineBreak < 0) {
                return first < 0 ? "" : text.substring(first, lastEnd);
            }
            lineStart = lineBreak + 1;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

package io.claimstream.parse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

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

    /** NFC, LF line ends, no trailing whitespace on any line, no leading or trailing blank lines. */
    static String normalise(String text) {
        String nfc = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        String[] lines = nfc.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int first = 0;
        int last = lines.length - 1;
        for (int i = 0; i < lines.length; i++) {
            lines[i] = lines[i].stripTrailing();
        }
        while (first <= last && lines[first].isEmpty()) {
            first++;
        }
        while (last >= first && lines[last].isEmpty()) {
            last--;
        }
        StringBuilder out = new StringBuilder(nfc.length());
        for (int i = first; i <= last; i++) {
            if (i > first) {
                out.append('\n');
            }
            out.append(lines[i]);
        }
        return out.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

package io.claimstream.cli.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A file's bytes as they go over the wire: UTF-8 without a byte-order mark. Subtitle files and
 * saved pages are often Windows-1252; decoding them as UTF-8 would turn every curly quote into a
 * replacement character, so text that is not valid UTF-8 is converted first.
 */
public record Payload(byte[] utf8, boolean converted) {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    public static Payload of(byte[] raw) {
        if (raw.length >= 3 && Arrays.equals(raw, 0, 3, BOM, 0, 3)) {
            raw = Arrays.copyOfRange(raw, 3, raw.length);
        }
        if (isUtf8(raw)) {
            return new Payload(raw, false);
        }
        return new Payload(new String(raw, WINDOWS_1252).getBytes(StandardCharsets.UTF_8), true);
    }

    /** Same bytes, same hash: how watch recognises a file it has already sent. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(utf8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}

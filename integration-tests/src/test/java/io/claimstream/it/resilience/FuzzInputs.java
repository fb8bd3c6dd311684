package io.claimstream.it.resilience;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Hostile and odd documents, written for these tests: garbage bytes, broken encodings, empty and
 * huge bodies, one enormous line, a flood of speaker turns, markup nested beyond reason, stray
 * quotes and control characters, look-alike letters in names, and JSON of the wrong shape.
 */
final class FuzzInputs {

    private static final String[] NAMES = {"Ana Ruiz", "Tomas Berg", "Lena Vogt", "Mira Sandoval", "Devraj Iyer"};

    private FuzzInputs() {
    }

    /** Random bytes that are certainly not UTF-8 (0xFF never occurs in it). */
    static byte[] binary(long seed, int length) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        bytes[length / 2] = (byte) 0xFF;
        return bytes;
    }

    /** Text whose middle holds a byte sequence no UTF-8 decoder accepts. */
    static byte[] invalidUtf8(String run) {
        byte[] head = ("Ana Ruiz (Analyst): Prices in run " + run + " will fall ").getBytes(StandardCharsets.UTF_8);
        byte[] tail = " by 2027.".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80};
        byte[] all = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
        return all;
    }

    /** About {@code bytes} of text with no line break at all. */
    static String singleLine(String run, int bytes) {
        StringBuilder text = new StringBuilder(bytes + 200).append("Ana Ruiz (Analyst) said in run ").append(run)
                .append(" that ");
        int i = 0;
        while (text.length() < bytes) {
            text.append("capacity plan ").append(i++).append(" needs more chips than budgeted, ");
        }
        return text.append("and that is that.").toString();
    }

    /** {@code turns} labelled speaker turns, five speakers taking turns. */
    static String turns(String run, int turns) {
        StringBuilder text = new StringBuilder(turns * 32);
        for (int i = 0; i < turns; i++) {
            text.append(NAMES[i % NAMES.length]).append(": Point ").append(i).append(" of ").append(run).append(" stands.\n");
        }
        return text.toString();
    }

    /** A claim buried under {@code depth} levels of unclosed and closed elements. */
    static String nestedHtml(String run, int depth) {
        StringBuilder html = new StringBuilder(depth * 12 + 200).append("<html><body>");
        html.append("<div><span>".repeat(depth));
        html.append("<p>Mira Sandoval said that run ").append(run).append(" will need twice the memory next year.</p>");
        html.append("</span></div>".repeat(depth / 2)); // half of them never closed
        return html.append("</body></html>").toString();
    }

    /** Quotes that never close, C0 controls, escape sequences, bidi overrides and a NUL. */
    static String quotesAndControls(String run) {
        return "Tomas Berg (Investor): \"Chip supply in run " + run + " will stay tight \u0000 through 2027.\n"
                + "Lena Vogt (Engineer): \u201cSmall models \u0007will\u001b[31m run on phones\u202e by next year.\n"
                + "Tomas Berg: '' \" \u00ab unbalanced \u2018 and \t\u000b\u000c stray \r\n";
    }

    /** Names that look alike but are not: Cyrillic and Greek letters inside Latin ones. */
    static String homoglyphs(String run) {
        return "\u0410na Ru\u0456z (Analyst): Inference prices in run " + run + " will keep falling through 2027.\n"
                + "Ana Ruiz (Analyst): Chips will stay scarce in run " + run + ".\n"
                + "\u039cira Sand\u03bfval (Researcher): Agents will write most code by 2028.\n";
    }

    static String claim(String run) {
        return "Devraj Iyer (Engineer): Fuzzing run " + run + " shows the pipeline keeps its shape.\n";
    }
}

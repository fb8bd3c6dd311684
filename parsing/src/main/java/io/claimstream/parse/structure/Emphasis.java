package io.claimstream.parse.structure;

/** Removes Markdown emphasis markers from a short piece of text (headings, cells). */
public final class Emphasis {

    private Emphasis() {
    }

    public static String strip(String s) {
        String out = s;
        for (String mark : new String[] {"***", "___", "**", "__"}) {
            if (out.startsWith(mark) && out.endsWith(mark) && out.length() > 2 * mark.length()) {
                out = out.substring(mark.length(), out.length() - mark.length()).strip();
            }
        }
        out = out.replace("**", "").replace("__", "").replace("`", "");
        if (out.length() > 2 && (out.charAt(0) == '*' || out.charAt(0) == '_') && out.charAt(out.length() - 1) == out.charAt(0)) {
            out = out.substring(1, out.length() - 1).strip();
        }
        return out;
    }
}

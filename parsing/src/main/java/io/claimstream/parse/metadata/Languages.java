package io.claimstream.parse.metadata;

import io.claimstream.parse.text.Chars;

/** A cheap guess at the main language from the script of the letters: only the scripts we need. */
public final class Languages {

    private static final int SAMPLE = 20_000;

    private Languages() {
    }

    public static String guess(String text) {
        int letters = 0;
        int han = 0;
        int kana = 0;
        int hangul = 0;
        int limit = Math.min(text.length(), SAMPLE);
        for (int i = 0; i < limit; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            // a CJK character carries about a word, so count it as several Latin letters
            if (Chars.isCjk(cp)) {
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                if (script == Character.UnicodeScript.HAN) {
                    han++;
                } else if (script == Character.UnicodeScript.HANGUL) {
                    hangul++;
                } else {
                    kana++;
                }
                letters += 3;
            } else {
                letters++;
            }
        }
        if (letters == 0) {
            return null;
        }
        int cjk = 3 * (han + kana + hangul);
        if (cjk * 2 < letters) {
            return "en";
        }
        if (kana * 10 > han) {
            return "ja";
        }
        return hangul > han ? "ko" : "zh";
    }
}

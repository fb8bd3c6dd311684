package io.claimstream.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentIdsTest {

    @Test
    void idIsThirtyTwoLowercaseHexCharacters() {
        String id = DocumentIds.of("Ada: Hello there.");
        assertThat(id).hasSize(32).matches("[0-9a-f]{32}");
        assertThat(DocumentIds.looksLikeId(id)).isTrue();
    }

    @Test
    void sameContentModuloLineEndsTrailingSpacesAndBlankEdgesHasSameId() {
        String base = "Ada: Hello there.\nBob: Hi.";
        assertThat(DocumentIds.of("\n\nAda: Hello there.  \r\nBob: Hi.\t\r\n\n")).isEqualTo(DocumentIds.of(base));
        assertThat(DocumentIds.of("Ada: Hello there.\rBob: Hi.")).isEqualTo(DocumentIds.of(base));
    }

    @Test
    void unicodeCompositionDoesNotChangeTheId() {
        String composed = "Caf\u00e9 owners said prices rose.";
        String decomposed = "Cafe\u0301 owners said prices rose.";
        assertThat(DocumentIds.of(decomposed)).isEqualTo(DocumentIds.of(composed));
    }

    @Test
    void differentContentOrInnerBlankLinesGiveDifferentIds() {
        assertThat(DocumentIds.of("Ada: Hello.")).isNotEqualTo(DocumentIds.of("Ada: Hello!"));
        assertThat(DocumentIds.of("a\n\nb")).isNotEqualTo(DocumentIds.of("a\nb"));
        assertThat(DocumentIds.of("  indented")).isNotEqualTo(DocumentIds.of("indented"));
    }

    @Test
    void knownDigestOfTheNormalisedText() {
        // sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
        assertThat(DocumentIds.of("abc  \n\n")).isEqualTo("ba7816bf8f01cfea414140de5dae2223");
    }
    @Test
    void theOnePassNormalisationEqualsSplittingAndJoiningLines() {
        // ids of stored documents must not change: compare with the former implementation on random texts
        String alphabet = "ab Z\t\n\r\u00a0\u2028\u0301\u00e9 .:\u3000\uD83D\uDE00";
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 5000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                text.append(Character.isHighSurrogate(c) ? "\uD83D\uDE00" : Character.isLowSurrogate(c) ? "" : String.valueOf(c));
            }
            assertThat(DocumentIds.normalise(text.toString())).as("normalised %s", text).isEqualTo(splitAndJoin(text.toString()));
        }
    }

    /** The former normalisation, kept as the reference the ids of stored documents were made with. */
    private static String splitAndJoin(String text) {
        String nfc = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
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
        return String.join("\n", java.util.Arrays.asList(lines).subList(first, last + 1));
    }
}

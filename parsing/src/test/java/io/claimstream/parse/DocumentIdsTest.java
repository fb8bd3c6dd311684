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
}

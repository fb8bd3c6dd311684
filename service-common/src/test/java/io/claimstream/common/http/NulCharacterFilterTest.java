package io.claimstream.common.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NulCharacterFilterTest {

    @Test
    void findsAnEncodedNulAnywhere() {
        assertTrue(NulCharacterFilter.encodesNul("/claims/%00"));
        assertTrue(NulCharacterFilter.encodesNul("q=abc%00def"));
        assertTrue(NulCharacterFilter.encodesNul("%00"));
        assertTrue(NulCharacterFilter.encodesNul("a\0b"));
    }

    @Test
    void otherEscapesArePlainData() {
        assertFalse(NulCharacterFilter.encodesNul(null));
        assertFalse(NulCharacterFilter.encodesNul("q=%2500&speaker=%25"));
        assertFalse(NulCharacterFilter.encodesNul("q=100%25&x=%20%0A%30%300"));
        assertFalse(NulCharacterFilter.encodesNul("%0"));
        assertFalse(NulCharacterFilter.encodesNul("/documents/a%2Fb"));
    }
}

package io.claimstream.ingest.service;

import io.claimstream.common.errors.ApiException;
import io.claimstream.contracts.RawDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestValidatorTest {

    private final RequestValidator validator = new RequestValidator(20, 3);

    private static RawDocument doc(String text, String published, String format) {
        return new RawDocument(text, "  Title ", " ", null, published, null, format);
    }

    @Test
    void blankOrMissingTextIsEmptyText() {
        for (String text : new String[] {null, "", " \n\t\u00a0 ".strip(), "   \n  "}) {
            assertThatThrownBy(() -> validator.validate(doc(text, null, null)))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.code()).isEqualTo(RequestValidator.EMPTY_TEXT);
                    });
        }
    }

    @Test
    void textOverTheLimitInUtf8BytesIs413() {
        assertThat(validator.validate(doc("a".repeat(20), null, null)).text()).hasSize(20);
        // 7 CJK characters are 21 bytes of UTF-8, though only 7 chars
        assertThatThrownBy(() -> validator.validate(doc("中".repeat(7), null, null)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(413);
                    assertThat(e.code()).isEqualTo(RequestValidator.TOO_LARGE);
                });
    }

    @Test
    void utf8LengthCountsSurrogatePairsAsFourBytes() {
        assertThat(RequestValidator.utf8Length("a")).isEqualTo(1);
        assertThat(RequestValidator.utf8Length("é")).isEqualTo(2);
        assertThat(RequestValidator.utf8Length("中")).isEqualTo(3);
        assertThat(RequestValidator.utf8Length("😀")).isEqualTo(4);
        assertThat(RequestValidator.utf8Length("a😀中")).isEqualTo("a😀中".getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }

    @Test
    void publishedIsNormalisedToAnIsoDateOrMonth() {
        assertThat(RequestValidator.published("2026-06-12")).isEqualTo("2026-06-12");
        assertThat(RequestValidator.published(" 2026-06 ")).isEqualTo("2026-06");
        assertThat(RequestValidator.published("2026-06-12T19:41:00+08:00")).isEqualTo("2026-06-12");
        assertThat(RequestValidator.published("2026-06-12T19:41:00")).isEqualTo("2026-06-12");
        assertThat(RequestValidator.published("")).isNull();
        for (String bad : new String[] {"June 12, 2026", "2026-13-01", "2026-02-30", "12/06/2026", "2026"}) {
            assertThatThrownBy(() -> RequestValidator.published(bad))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(RequestValidator.INVALID_PUBLISHED));
        }
    }

    @Test
    void unknownFormatIsRefusedAndMetadataIsTrimmed() {
        assertThatThrownBy(() -> validator.validate(doc("text", null, "pdf")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(RequestValidator.INVALID_FORMAT));
        RawDocument ok = validator.validate(doc(" text ", "2026-06", "VTT"));
        assertThat(ok.text()).isEqualTo(" text "); // the text itself is never altered
        assertThat(ok.title()).isEqualTo("Title");
        assertThat(ok.source()).isNull();
        assertThat(ok.published()).isEqualTo("2026-06");
    }
}

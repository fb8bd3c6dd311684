package io.claimstream.cli.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class PayloadTest {

    @Test
    void utf8IsSentAsItIs() {
        byte[] text = "Luo Fuli (罗福莉): “agents” – next".getBytes(StandardCharsets.UTF_8);

        Payload payload = Payload.of(text);

        assertThat(payload.utf8()).isEqualTo(text);
        assertThat(payload.converted()).isFalse();
    }

    @Test
    void aByteOrderMarkIsDropped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i'};

        assertThat(new String(Payload.of(bom).utf8(), StandardCharsets.UTF_8)).isEqualTo("Hi");
    }

    @Test
    void windows1252IsConvertedSoCurlyQuotesSurvive() {
        byte[] legacy = "He said “maybe” – café".getBytes(Charset.forName("windows-1252"));

        Payload payload = Payload.of(legacy);

        assertThat(payload.converted()).isTrue();
        assertThat(new String(payload.utf8(), StandardCharsets.UTF_8)).isEqualTo("He said “maybe” – café");
    }

    @Test
    void theSameContentHasTheSameHash() {
        assertThat(Payload.of("a".getBytes(StandardCharsets.UTF_8)).sha256())
                .isEqualTo(Payload.of("a".getBytes(StandardCharsets.UTF_8)).sha256())
                .isEqualTo("ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb")
                .isNotEqualTo(Payload.of("b".getBytes(StandardCharsets.UTF_8)).sha256());
    }
}

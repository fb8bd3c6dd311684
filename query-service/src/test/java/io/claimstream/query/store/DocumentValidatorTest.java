package io.claimstream.query.store;

import io.claimstream.contracts.AnalyzedDocument;
import io.claimstream.contracts.Claim;
import io.claimstream.contracts.EventCodec.MalformedEventException;
import io.claimstream.contracts.Span;
import io.claimstream.contracts.Speaker;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentValidatorTest {

    static final Speaker ANN = new Speaker("ann", "Ann Lee", List.of(), null, List.of(), "person");

    static Claim claim(String id, String speaker) {
        return new Claim(id, speaker, "Sentence.", new Span(0, 9), "opinion", List.of(), 0.5, "explicit",
                List.of(), null, List.of());
    }

    static AnalyzedDocument document(String id, String version, List<Speaker> speakers, List<Claim> claims) {
        return new AnalyzedDocument(1, id, version, "Sentence.", null, speakers, claims, null);
    }

    @Test
    void acceptsAWellFormedDocument() {
        assertThatCode(() -> DocumentValidator.validate(document("d", "v1", List.of(ANN), List.of(claim("c1", "ann")))))
                .doesNotThrowAnyException();
    }

    @Test
    void acceptsAClaimOfAnUnlistedSpeaker() {
        assertThatCode(() -> DocumentValidator.validate(document("d", "v1", List.of(), List.of(claim("c1", "ghost")))))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesWhatCannotBeStored() {
        assertThatThrownBy(() -> DocumentValidator.validate(document(" ", "v1", List.of(), List.of())))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("document id");
        assertThatThrownBy(() -> DocumentValidator.validate(document("d", null, List.of(), List.of())))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("analyzerVersion");
        assertThatThrownBy(() -> DocumentValidator.validate(document("d", "v1", List.of(ANN, ANN), List.of())))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> DocumentValidator.validate(
                document("d", "v1", List.of(), List.of(claim("c1", null), claim("c1", null)))))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("claim id c1 appears twice");
    }
}

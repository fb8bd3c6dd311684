package io.claimstream.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;

import io.claimstream.analysis.topics.MiniLm;
import io.claimstream.contracts.AnalyzedDocument;
import io.claimstream.contracts.Claim;
import io.claimstream.contracts.ClaimEmbeddings;
import io.claimstream.contracts.EventCodec;
import io.claimstream.contracts.HalfFloats;
import io.claimstream.embeddings.MiniLmEmbedder;
import io.claimstream.embeddings.Vectors;
import org.junit.jupiter.api.Test;

/** Embed once, use twice: the vectors made for topics ship in the event, for the read side to store. */
class ClaimVectorsTest {

    private static final String PANEL = """
            Moderator: Welcome back. Dana, where is this going?
            Dana Whit (CTO, Fieldstone): I think agents will run most back-office work within three years. Chip supply is the real limit on how fast that happens.
            Moderator: Omar?
            Omar Ruiz (Professor): Universities should teach students to check what a model tells them. Cheaper models will matter more than bigger ones.
            """;

    @Test
    void everyClaimShipsItsVectorThroughTheCodec() {
        DocumentAnalyzer analyzer = new DocumentAnalyzer(AnalysisSettings.defaults().withEmbedder(MiniLm.shared()),
                Clock.systemUTC());
        AnalyzedDocument doc = analyzer.analyze(Docs.parse(PANEL));
        assertThat(doc.claims()).hasSizeGreaterThanOrEqualTo(3);
        ClaimEmbeddings embeddings = doc.claimEmbeddings();
        assertThat(embeddings.model()).isEqualTo(MiniLmEmbedder.MODEL_ID);
        assertThat(embeddings.dimensions()).isEqualTo(MiniLmEmbedder.DIMENSIONS);
        assertThat(embeddings.encoding()).isEqualTo(ClaimEmbeddings.ENCODING);

        AnalyzedDocument back = EventCodec.decode(EventCodec.encode(doc), AnalyzedDocument.class);
        assertThat(back).isEqualTo(doc);
        Map<String, float[]> vectors = back.claimEmbeddings().decode();
        assertThat(vectors.keySet()).containsExactlyElementsOf(doc.claims().stream().map(Claim::id).toList());
        for (Claim claim : doc.claims()) {
            float[] shipped = vectors.get(claim.id());
            float[] fresh = MiniLmEmbedder.shared().embed(claim.text()); // what the read side would compute
            assertThat(Vectors.cosine(shipped, fresh)).as(claim.text()).isGreaterThan(0.999);
            // shipped vectors are half floats: exactly what encoding the fresh vector gives
            assertThat(HalfFloats.decode(HalfFloats.encode(fresh))).containsExactly(HalfFloats.decode(
                    java.util.Base64.getDecoder().decode(back.claimEmbeddings().vectors().stream()
                            .filter(v -> v.claimId().equals(claim.id())).findFirst().orElseThrow().vector())));
        }
    }

    @Test
    void withoutAModelThereAreNoVectors() {
        AnalyzedDocument doc = new DocumentAnalyzer().analyze(Docs.parse(PANEL));
        assertThat(doc.claims()).isNotEmpty();
        assertThat(doc.claimEmbeddings()).isNull();
    }

    @Test
    void aDocumentWithTooManyClaimsKeepsLexicalTopicsAndShipsNoVectors() {
        DocumentAnalyzer analyzer = new DocumentAnalyzer(AnalysisSettings.defaults().withEmbedder(MiniLm.shared())
                .withMaxEmbeddedClaims(1), Clock.systemUTC());
        AnalyzedDocument doc = analyzer.analyze(Docs.parse(PANEL));
        assertThat(doc.claimEmbeddings()).isNull();
        assertThat(doc.claims().stream().map(Claim::topics).toList())
                .isEqualTo(new DocumentAnalyzer().analyze(Docs.parse(PANEL)).claims().stream().map(Claim::topics).toList());
    }
}

package io.claimstream.query.store;

import io.claimstream.contracts.AnalyzedDocument;
import io.claimstream.contracts.Claim;
import io.claimstream.contracts.DocumentMetadata;
import io.claimstream.contracts.Entity;
import io.claimstream.contracts.Prediction;
import io.claimstream.contracts.Span;
import io.claimstream.contracts.Speaker;
import io.claimstream.query.entity.Document;
import io.claimstream.query.entity.DocumentSpeaker;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EntityMappingTest {

    private static final String TEXT = "Ann Lee: Agents will write most code by 2027.\u0000";

    private static AnalyzedDocument event() {
        Speaker ann = new Speaker("ann", "Ann Lee", List.of("Ann", "Dr Ann Lee", ""), "panelist", List.of("New Labs"), null);
        Claim claim = new Claim("c1", "ann", "Agents will write most code by 2027.", new Span(9, 45), " Prediction ",
                List.of("agents", "ai-coding", "agents"), 0.8, "explicit", List.of(new Entity("Agents", "product", new Span(9, 15))),
                new Prediction(0.7, "by 2027", null, "2027"), List.of());
        return new AnalyzedDocument(1, "doc-1", "v1", TEXT,
                new DocumentMetadata("Title", "feed", null, "2026-06", null, "en", "Panel"), List.of(ann), List.of(claim),
                Instant.parse("2026-06-02T00:00:00Z"));
    }

    @Test
    void documentKeepsWrittenAndParsedDates() {
        Document document = EntityMapping.document(event(), new Document(), Instant.EPOCH);
        assertThat(document.publishedRaw).isEqualTo("2026-06");
        assertThat(document.published).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(document.datePrecision).isEqualTo("month");
        assertThat(document.claimCount).isEqualTo(1);
    }

    @Test
    void nulBytesBecomeReplacementCharactersWithoutMovingOffsets() {
        Document document = EntityMapping.document(event(), new Document(), Instant.EPOCH);
        assertThat(document.text).hasSize(TEXT.length()).doesNotContain("\u0000").endsWith("\uFFFD");
    }

    @Test
    void speakerGetsNameKeysForLaterDocuments() {
        DocumentSpeaker speaker = EntityMapping.speaker("doc-1", event().speakers().get(0), "ann-lee");
        assertThat(speaker.nameKey).isEqualTo("ann lee");
        assertThat(speaker.aliases).containsExactly("Ann", "Dr Ann Lee");
        assertThat(speaker.aliasKeys).containsExactly("ann dr lee");
        assertThat(speaker.kind).isEqualTo("person");
    }

    @Test
    void claimIsNormalisedAndDated() {
        Document document = EntityMapping.document(event(), new Document(), Instant.EPOCH);
        var claim = EntityMapping.claim(document, 0, event().claims().get(0), "ann-lee");
        assertThat(claim.id).isEqualTo("doc-1-c1");
        assertThat(claim.type).isEqualTo("prediction");
        assertThat(claim.topics).containsExactly("agents", "ai-coding");
        assertThat(claim.prediction).isTrue();
        assertThat(claim.horizonEnd).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(claim.horizonStart).isNull();
        assertThat(claim.published).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(claim.entitiesJson).contains("\"kind\":\"product\"");
        assertThat(claim.quantitiesJson).isNull();
    }

    @Test
    void anUnresolvedSpeakerLeavesTheClaimUnattributed() {
        Document document = EntityMapping.document(event(), new Document(), Instant.EPOCH);
        var claim = EntityMapping.claim(document, 0, event().claims().get(0), null);
        assertThat(claim.personId).isNull();
        assertThat(claim.speakerId).isNull();
    }

    @Test
    void publicClaimIdsArePrefixedOnce() {
        assertThat(ClaimIds.publicId("abc", "c1")).isEqualTo("abc-c1");
        assertThat(ClaimIds.publicId("abc", "abc-c1")).isEqualTo("abc-c1");
        assertThat(ClaimIds.publicId("abc", "abcd")).isEqualTo("abc-abcd");
    }
}

package io.claimstream.query.store;

import io.claimstream.contracts.AnalyzedDocument;
import io.claimstream.contracts.DocumentMetadata;
import io.claimstream.contracts.EventCodec;
import io.claimstream.contracts.Prediction;
import io.claimstream.contracts.Speaker;
import io.claimstream.query.entity.Claim;
import io.claimstream.query.entity.Document;
import io.claimstream.query.entity.DocumentSpeaker;
import io.claimstream.query.entity.DocumentSpeakerId;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Turns the event's records into rows. Pure: no database, so it is tested on its own. */
public final class EntityMapping {

    private static final DocumentMetadata NO_METADATA = new DocumentMetadata(null, null, null, null, null, null, null);

    private EntityMapping() {
    }

    /** Copies the event onto {@code target} (new, or the stored row of an older analyzer version). */
    public static Document document(AnalyzedDocument event, Document target, Instant storedAt) {
        DocumentMetadata metadata = event.metadata() == null ? NO_METADATA : event.metadata();
        target.id = event.id();
        target.analyzerVersion = event.analyzerVersion();
        target.title = StoredText.of(metadata.title());
        target.source = StoredText.of(metadata.source());
        target.url = StoredText.of(metadata.url());
        target.publishedRaw = StoredText.of(metadata.published());
        target.published = PublishedDate.parse(metadata.published()).orElse(null);
        target.datePrecision = metadata.datePrecision() != null ? metadata.datePrecision()
                : PublishedDate.precision(metadata.published());
        target.language = StoredText.of(metadata.language());
        target.event = StoredText.of(metadata.event());
        target.text = StoredText.of(event.text());
        target.speakerCount = event.speakers().size();
        target.claimCount = event.claims().size();
        target.analyzedAt = event.analyzedAt();
        target.storedAt = storedAt;
        target.vectorsAt = storedAt;
        return target;
    }

    public static DocumentSpeaker speaker(String documentId, Speaker speaker, String personId) {
        DocumentSpeaker row = new DocumentSpeaker();
        row.id = new DocumentSpeakerId(documentId, speaker.id());
        row.personId = personId;
        row.name = StoredText.of(speaker.name().strip());
        row.nameKey = NameKey.of(speaker.name());
        row.aliases = StoredText.array(speaker.aliases());
        row.aliasKeys = speaker.aliases().stream().filter(NameKey::isDistinctive).map(NameKey::of)
                .distinct().toArray(String[]::new);
        row.role = StoredText.of(speaker.role());
        row.affiliations = StoredText.array(speaker.affiliations());
        row.kind = kind(speaker);
        return row;
    }

    /**
     * @param personId the person of the claim's speaker, or null when the claim is unattributed or
     *                 names a speaker the document does not list
     */
    public static Claim claim(Document document, int ordinal, io.claimstream.contracts.Claim claim, String personId) {
        Claim row = new Claim();
        row.id = ClaimIds.publicId(document.id, claim.id());
        row.documentId = document.id;
        row.sourceId = claim.id();
        row.ordinal = ordinal;
        row.speakerId = personId == null ? null : claim.speakerId();
        row.personId = personId;
        row.text = StoredText.of(claim.text());
        row.spanStart = claim.span().start();
        row.spanEnd = claim.span().end();
        row.type = claim.type().strip().toLowerCase(Locale.ROOT);
        row.topics = StoredText.array(claim.topics());
        row.confidence = Double.isFinite(claim.confidence()) ? claim.confidence() : 0.0;
        row.attribution = StoredText.of(claim.attribution());
        row.entitiesJson = claim.entities().isEmpty() ? null : StoredText.of(EventCodec.encode(claim.entities()));
        row.quantitiesJson = claim.quantities().isEmpty() ? null : StoredText.of(EventCodec.encode(claim.quantities()));
        Prediction prediction = claim.prediction();
        row.prediction = prediction != null || "prediction".equals(row.type);
        if (prediction != null) {
            row.predictionProbability = prediction.probability();
            row.predictionHorizon = StoredText.of(prediction.horizon());
            row.horizonStart = PublishedDate.parse(prediction.horizonStart()).orElse(null);
            row.horizonEnd = PublishedDate.parseEnd(prediction.horizonEnd()).orElse(null);
        }
        row.published = document.published;
        return row;
    }

    public static String kind(Speaker speaker) {
        return speaker.kind() == null || speaker.kind().isBlank() ? "person" : speaker.kind().strip().toLowerCase(Locale.ROOT);
    }

    /** Every name a speaker goes by, canonical name first. */
    public static List<String> names(Speaker speaker) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(speaker.name()), speaker.aliases().stream())
                .filter(name -> name != null && !name.isBlank()).distinct().toList();
    }
}

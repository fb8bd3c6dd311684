package io.claimstream.query.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * A stored claim. The full-text vector is a generated column the entity never maps: PostgreSQL
 * keeps it in step with {@link #text}.
 */
@Entity
@Table(name = "claim")
public class Claim extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "document_id", nullable = false)
    public String documentId;

    @Column(name = "source_id", nullable = false)
    public String sourceId;

    @Column(nullable = false)
    public int ordinal;

    @Column(name = "speaker_id")
    public String speakerId;

    @Column(name = "person_id")
    public String personId;

    @Column(nullable = false)
    public String text;

    @Column(name = "span_start", nullable = false)
    public int spanStart;

    @Column(name = "span_end", nullable = false)
    public int spanEnd;

    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public String[] topics;

    @Column(nullable = false)
    public double confidence;

    public String attribution;

    @Column(name = "entities_json")
    public String entitiesJson;

    @Column(name = "quantities_json")
    public String quantitiesJson;

    @Column(name = "is_prediction", nullable = false)
    public boolean prediction;

    @Column(name = "prediction_probability")
    public Double predictionProbability;

    @Column(name = "prediction_horizon")
    public String predictionHorizon;

    @Column(name = "horizon_start")
    public LocalDate horizonStart;

    @Column(name = "horizon_end")
    public LocalDate horizonEnd;

    public LocalDate published;

    @Column(name = "cluster_id")
    public String clusterId;

    /** The sentence vector, as io.claimstream.contracts.HalfFloats encodes it. */
    public byte[] embedding;

    @Column(name = "embedding_model")
    public String embeddingModel;
}

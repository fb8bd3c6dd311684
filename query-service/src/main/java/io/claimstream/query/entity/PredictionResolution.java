package io.claimstream.query.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A user's verdict on a prediction claim: {@code true}, {@code false} or {@code partly}. */
@Entity
@Table(name = "prediction_resolution")
public class PredictionResolution extends PanacheEntityBase {

    @Id
    @Column(name = "claim_id")
    public String claimId;

    @Column(nullable = false)
    public String outcome;

    public String note;

    @Column(name = "resolved_at", nullable = false)
    public Instant resolvedAt;
}

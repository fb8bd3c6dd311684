package io.claimstream.query.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A stored document: its metadata, its full text (for context) and the analyzer version it came from. */
@Entity
@Table(name = "document")
public class Document extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "analyzer_version", nullable = false)
    public String analyzerVersion;

    public String title;
    public String source;
    public String url;

    @Column(name = "published_raw")
    public String publishedRaw;

    public LocalDate published;

    @Column(name = "date_precision")
    public String datePrecision;

    public String language;
    public String event;

    @Column(nullable = false)
    public String text;

    @Column(name = "speaker_count", nullable = false)
    public int speakerCount;

    @Column(name = "claim_count", nullable = false)
    public int claimCount;

    @Column(name = "analyzed_at")
    public Instant analyzedAt;

    @Column(name = "stored_at", nullable = false)
    public Instant storedAt;

    /** When the claims' vectors last changed: when stored, or when the background backfill embedded them. */
    @Column(name = "vectors_at", nullable = false)
    public Instant vectorsAt;
}

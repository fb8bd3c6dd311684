package io.claimstream.query.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A speaker as one document names it, linked to the {@link Person} it resolved to. */
@Entity
@Table(name = "document_speaker")
public class DocumentSpeaker extends PanacheEntityBase {

    @EmbeddedId
    public DocumentSpeakerId id;

    @Column(name = "person_id", nullable = false)
    public String personId;

    @Column(nullable = false)
    public String name;

    @Column(name = "name_key", nullable = false)
    public String nameKey;

    @Column(nullable = false)
    public String[] aliases;

    @Column(name = "alias_keys", nullable = false)
    public String[] aliasKeys;

    public String role;

    @Column(nullable = false)
    public String[] affiliations;

    @Column(nullable = false)
    public String kind;
}

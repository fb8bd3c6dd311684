package io.claimstream.query.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * Someone who speaks in one or more documents. Rows are created by {@code PersonResolver}; the
 * name, aliases, role and affiliations are recomputed from the linked document speakers.
 */
@Entity
@Table(name = "person")
public class Person extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false)
    public String key;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String kind;

    public String role;

    @Column(nullable = false)
    public String[] aliases;

    @Column(nullable = false)
    public String[] affiliations;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}

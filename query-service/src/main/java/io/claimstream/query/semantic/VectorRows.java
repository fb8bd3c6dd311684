package io.claimstream.query.semantic;

import io.claimstream.contracts.HalfFloats;
import io.claimstream.embeddings.Vectors;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the vector index reads from PostgreSQL: its database's identity, and claims' vectors (DocumentFollower finds the documents). */
final class VectorRows {

    private final DataSource db;
    private final String model;

    VectorRows(DataSource db, String model) {
        this.db = db;
        this.model = model;
    }

    String databaseId() throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id::text FROM read_model_identity ORDER BY created_at LIMIT 1");
             ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("read_model_identity is empty: the V5 migration did not run");
            }
            return rs.getString(1);
        }
    }

    /** Claims with a vector of this model in documents whose vectors last changed at or before {@code until}. */
    long claimsUntil(Instant until) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT count(*) FROM claim c JOIN document d ON d.id = c.document_id
                WHERE d.vectors_at <= ? AND c.embedding IS NOT NULL AND c.embedding_model = ?""")) {
            s.setObject(1, OffsetDateTime.ofInstant(until, ZoneOffset.UTC));
            s.setString(2, model);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The claims with a vector of this model, by document id (documents without any are absent). */
    Map<String, List<VectorIndex.Entry>> claims(List<String> documentIds) throws SQLException {
        Map<String, List<VectorIndex.Entry>> byDocument = new HashMap<>();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT document_id, id, person_id, topics, type, published, embedding FROM claim
                WHERE document_id = ANY (?) AND embedding IS NOT NULL AND embedding_model = ?""")) {
            s.setArray(1, c.createArrayOf("text", documentIds.toArray()));
            s.setString(2, model);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Array topics = rs.getArray(4);
                    VectorIndex.Entry entry = new VectorIndex.Entry(rs.getString(2), rs.getString(3),
                            topics == null ? List.of() : Arrays.asList((String[]) topics.getArray()), rs.getString(5),
                            rs.getObject(6, LocalDate.class), Vectors.normalize(HalfFloats.decode(rs.getBytes(7))));
                    byDocument.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(entry);
                }
            }
        }
        return byDocument;
    }
}

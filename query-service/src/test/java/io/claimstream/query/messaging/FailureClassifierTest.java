package io.claimstream.query.messaging;

import io.claimstream.contracts.EventCodec.MalformedEventException;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class FailureClassifierTest {

    private static RuntimeException wrapped(SQLException sql) {
        return new PersistenceException("could not execute statement", sql);
    }

    @Test
    void malformedRecordsAreTheRecordsFault() {
        assertThat(FailureClassifier.isRecordFault(new MalformedEventException("bad"))).isTrue();
    }

    @Test
    void dataErrorsAreTheRecordsFault() {
        assertThat(FailureClassifier.isRecordFault(wrapped(new SQLException("invalid byte sequence", "22021")))).isTrue();
        assertThat(FailureClassifier.isRecordFault(wrapped(new SQLException("string too long for tsvector", "54000")))).isTrue();
        assertThat(FailureClassifier.isRecordFault(wrapped(new SQLException("null value", "23502")))).isTrue();
    }

    @Test
    void outagesAndRacesAreRetried() {
        assertThat(FailureClassifier.isRecordFault(wrapped(new SQLException("refused", "08001")))).isFalse();
        assertThat(FailureClassifier.isRecordFault(wrapped(new SQLException("admin shutdown", "57P01")))).isFalse();
        assertThat(FailureClassifier.isRecordFault(wrapped(new SQLException("serialization", "40001")))).isFalse();
        assertThat(FailureClassifier.isRecordFault(wrapped(new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(FailureClassifier.isRecordFault(wrapped(new SQLException("fk race", "23503")))).isFalse();
        assertThat(FailureClassifier.isRecordFault(wrapped(new SQLException("no such table", "42P01")))).isFalse();
        assertThat(FailureClassifier.isRecordFault(new PersistenceException(new SQLException("Acquisition timeout")))).isFalse();
        assertThat(FailureClassifier.isRecordFault(new IllegalStateException(new ConnectException("refused")))).isFalse();
    }

    @Test
    void aBugWithNoDatabaseInvolvedIsTheRecordsFault() {
        assertThat(FailureClassifier.isRecordFault(new NullPointerException("speaker"))).isTrue();
    }

    @Test
    void theReasonIsTheRootCause() {
        assertThat(FailureClassifier.reason(wrapped(new SQLException("Connection refused", "08001"))))
                .isEqualTo("Connection refused");
        assertThat(FailureClassifier.reason(new MalformedEventException("not a valid AnalyzedDocument: x",
                new IllegalArgumentException("deep")))).isEqualTo("not a valid AnalyzedDocument: x");
    }
}

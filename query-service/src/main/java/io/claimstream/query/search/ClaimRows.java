package io.claimstream.query.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.claimstream.query.view.ClaimView;
import io.claimstream.query.view.PredictionView;
import io.claimstream.query.view.SpanView;
import io.claimstream.query.view.SpeakerRef;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.function.Function;

/**
 * Maps a row selected with {@link ClaimSql#COLUMNS} to the claim JSON of the API. A row is its
 * values by column label: a Hibernate {@code Tuple}'s {@code get}, or a {@link SqlReads} row's.
 */
@ApplicationScoped
public class ClaimRows {

    public ClaimView view(Function<String, Object> row, boolean highlighted) {
        String personId = Rows.text(row.apply("person_id"));
        SpeakerRef speaker = personId == null ? null : new SpeakerRef(personId, Rows.text(row.apply("person_name")));
        return new ClaimView(
                Rows.text(row.apply("id")),
                Rows.text(row.apply("document_id")),
                Rows.text(row.apply("document_title")),
                Rows.text(row.apply("published_raw")),
                Rows.text(row.apply("text")),
                speaker,
                Rows.text(row.apply("type")),
                Rows.strings(row.apply("topics")),
                new SpanView(((Number) row.apply("span_start")).intValue(), ((Number) row.apply("span_end")).intValue()),
                Rows.decimal(row.apply("confidence")),
                Rows.text(row.apply("attribution")),
                prediction(row),
                stored(row.apply("quantities_json")),
                stored(row.apply("entities_json")),
                Rows.text(row.apply("cluster_id")),
                highlighted ? Rows.text(row.apply("highlight")) : null,
                null, null);
    }

    private static PredictionView prediction(Function<String, Object> row) {
        if (!Boolean.TRUE.equals(row.apply("is_prediction"))) {
            return null;
        }
        String outcome = Rows.text(row.apply("outcome"));
        PredictionView.Resolution resolution = outcome == null ? null
                : new PredictionView.Resolution(outcome, Rows.text(row.apply("note")), Rows.instant(row.apply("resolved_at")));
        return new PredictionView(Rows.decimal(row.apply("prediction_probability")),
                Rows.text(row.apply("prediction_horizon")), Rows.isoDate(row.apply("horizon_start")),
                Rows.isoDate(row.apply("horizon_end")), resolution);
    }

    /**
     * Stored entities or quantities, written out as they are stored. This service stores them as
     * EventCodec wrote them (compact Jackson JSON), which is what parsing them into a tree and writing
     * the tree gave, byte for byte; the round trip only cost CPU on every claim of every page.
     */
    static JsonNode stored(Object value) {
        return value == null ? null : new POJONode(new RawValue(value.toString()));
    }
}

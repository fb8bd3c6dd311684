package io.claimstream.query.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimstream.query.view.ClaimView;
import io.claimstream.query.view.PredictionView;
import io.claimstream.query.view.SpanView;
import io.claimstream.query.view.SpeakerRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;

/** Maps a row selected with {@link ClaimSql#COLUMNS} to the claim JSON of the API. */
@ApplicationScoped
public class ClaimRows {

    private final ObjectMapper json;

    public ClaimRows(ObjectMapper json) {
        this.json = json;
    }

    public ClaimView view(Tuple row, boolean highlighted) {
        String personId = Rows.text(row.get("person_id"));
        SpeakerRef speaker = personId == null ? null : new SpeakerRef(personId, Rows.text(row.get("person_name")));
        return new ClaimView(
                Rows.text(row.get("id")),
                Rows.text(row.get("document_id")),
                Rows.text(row.get("document_title")),
                Rows.text(row.get("published_raw")),
                Rows.text(row.get("text")),
                speaker,
                Rows.text(row.get("type")),
                Rows.strings(row.get("topics")),
                new SpanView(((Number) row.get("span_start")).intValue(), ((Number) row.get("span_end")).intValue()),
                Rows.decimal(row.get("confidence")),
                Rows.text(row.get("attribution")),
                prediction(row),
                parse(row.get("quantities_json")),
                parse(row.get("entities_json")),
                Rows.text(row.get("cluster_id")),
                highlighted ? Rows.text(row.get("highlight")) : null,
                null, null);
    }

    private static PredictionView prediction(Tuple row) {
        if (!Boolean.TRUE.equals(row.get("is_prediction"))) {
            return null;
        }
        String outcome = Rows.text(row.get("outcome"));
        PredictionView.Resolution resolution = outcome == null ? null
                : new PredictionView.Resolution(outcome, Rows.text(row.get("note")), Rows.instant(row.get("resolved_at")));
        return new PredictionView(Rows.decimal(row.get("prediction_probability")),
                Rows.text(row.get("prediction_horizon")), Rows.isoDate(row.get("horizon_start")),
                Rows.isoDate(row.get("horizon_end")), resolution);
    }

    private JsonNode parse(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.readTree(value.toString());
        } catch (JsonProcessingException e) {
            // stored by this service from a decoded event, so this would be a bug, not bad input
            throw new IllegalStateException("stored JSON does not parse", e);
        }
    }
}

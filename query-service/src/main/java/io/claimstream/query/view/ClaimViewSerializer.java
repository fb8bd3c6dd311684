package io.claimstream.query.view;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.NameTransformer;

import java.io.IOException;
import java.util.List;

/**
 * Writes a {@link ClaimView} field by field, exactly as its annotations describe it (property
 * order, nulls left out, {@code speaker} always present). Every list answer writes 20 to 100
 * claims: the generated bean serializer looked up the serializer of each nested value and built
 * the type of each list again for every claim, which under load cost about as much CPU as writing
 * the bytes. The rare parts (a prediction, stances) still go through Jackson's own serializers.
 * Also serves {@code @JsonUnwrapped} (a claim's detail view is the claim's fields plus its context).
 */
public final class ClaimViewSerializer extends StdSerializer<ClaimView> {

    private final NameTransformer names;

    public ClaimViewSerializer() {
        this(null);
    }

    private ClaimViewSerializer(NameTransformer names) {
        super(ClaimView.class);
        this.names = names;
    }

    @Override
    public boolean isUnwrappingSerializer() {
        return names != null;
    }

    @Override
    public JsonSerializer<ClaimView> unwrappingSerializer(NameTransformer transformer) {
        return new ClaimViewSerializer(transformer);
    }

    @Override
    public void serialize(ClaimView claim, JsonGenerator out, SerializerProvider provider) throws IOException {
        if (names == null) {
            out.writeStartObject(claim);
        }
        text(out, "id", claim.id());
        text(out, "documentId", claim.documentId());
        text(out, "documentTitle", claim.documentTitle());
        text(out, "published", claim.published());
        text(out, "text", claim.text());
        SpeakerRef speaker = claim.speaker();
        out.writeFieldName(name("speaker"));
        if (speaker == null) {
            out.writeNull();
        } else {
            out.writeStartObject(speaker);
            out.writeStringField("id", speaker.id());
            out.writeStringField("name", speaker.name());
            out.writeEndObject();
        }
        text(out, "type", claim.type());
        List<String> topics = claim.topics();
        if (topics != null) {
            out.writeFieldName(name("topics"));
            out.writeStartArray(topics, topics.size());
            for (String topic : topics) {
                out.writeString(topic);
            }
            out.writeEndArray();
        }
        SpanView span = claim.span();
        if (span != null) {
            out.writeFieldName(name("span"));
            out.writeStartObject(span);
            out.writeNumberField("start", span.start());
            out.writeNumberField("end", span.end());
            out.writeEndObject();
        }
        out.writeFieldName(name("confidence"));
        out.writeNumber(claim.confidence());
        text(out, "attribution", claim.attribution());
        if (claim.prediction() != null) {
            provider.defaultSerializeField(name("prediction"), claim.prediction(), out);
        }
        json(out, provider, "quantities", claim.quantities());
        json(out, provider, "entities", claim.entities());
        text(out, "clusterId", claim.clusterId());
        text(out, "highlight", claim.highlight());
        if (claim.score() != null) {
            out.writeFieldName(name("score"));
            out.writeNumber(claim.score());
        }
        if (claim.stances() != null) {
            provider.defaultSerializeField(name("stances"), claim.stances(), out);
        }
        if (names == null) {
            out.writeEndObject();
        }
    }

    private String name(String property) {
        return names == null ? property : names.transform(property);
    }

    private void text(JsonGenerator out, String property, String value) throws IOException {
        if (value != null) {
            out.writeStringField(name(property), value);
        }
    }

    private void json(JsonGenerator out, SerializerProvider provider, String property, JsonNode value) throws IOException {
        if (value != null) {
            out.writeFieldName(name(property));
            value.serialize(out, provider);
        }
    }
}

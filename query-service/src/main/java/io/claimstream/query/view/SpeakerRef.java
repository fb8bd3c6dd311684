package io.claimstream.query.view;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The person holding a claim: the cross-document person id and canonical name. */
@JsonPropertyOrder({"id", "name"})
public record SpeakerRef(String id, String name) {
}

package io.claimstream.query.view;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** One page of a list: the items, how many there are in all, and which page this is. */
@JsonPropertyOrder({"items", "total", "page", "size"})
public record PageView<T>(List<T> items, long total, int page, int size) {
}

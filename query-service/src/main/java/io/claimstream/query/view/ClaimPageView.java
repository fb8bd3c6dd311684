package io.claimstream.query.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** A page of claims; a semantic search adds how it was answered ({@code search}). */
@JsonPropertyOrder({"items", "total", "page", "size", "search"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClaimPageView(List<ClaimView> items, long total, int page, int size, SearchInfo search) {

    public static ClaimPageView of(PageView<ClaimView> page) {
        return new ClaimPageView(page.items(), page.total(), page.page(), page.size(), null);
    }
}

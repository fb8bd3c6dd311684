package io.claimstream.contracts;

import java.util.List;

/** A table found in the text, cell texts row by row. */
public record Table(Span span, List<List<String>> rows) {
}

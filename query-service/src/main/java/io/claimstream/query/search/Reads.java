package io.claimstream.query.search;

import java.util.List;
import java.util.Map;

/**
 * Statements run and their rows read, each a row's columns by label: through a connection of the
 * pool per statement ({@link SqlReads}), or through one the caller holds for several.
 */
@FunctionalInterface
public interface Reads {

    List<Map<String, Object>> rows(String sql, Map<String, ?> parameters);
}

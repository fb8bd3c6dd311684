package io.claimstream.ingest.index;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The ids of every document on {@code documents.parsed}, plus the ids this instance is publishing
 * right now. Reserving an id is atomic, so two concurrent posts of the same content publish once.
 */
@ApplicationScoped
public class DocumentIndex {

    private enum State { RESERVED, PUBLISHED }

    private final ConcurrentMap<String, State> ids = new ConcurrentHashMap<>();

    /** Claims {@code id} for publishing; false when it is already known or being published. */
    public boolean reserve(String id) {
        return ids.putIfAbsent(id, State.RESERVED) == null;
    }

    /** The reserved id's record was acknowledged. */
    public void published(String id) {
        ids.put(id, State.PUBLISHED);
    }

    /** Publishing failed: the id is free for a retry. */
    public void release(String id) {
        ids.remove(id, State.RESERVED);
    }

    /** A record with this key exists on the topic (seen by the index consumer). */
    public void seen(String id) {
        ids.put(id, State.PUBLISHED);
    }

    /** A tombstone removed the document from the compacted topic. */
    public void deleted(String id) {
        ids.remove(id, State.PUBLISHED);
    }

    public boolean contains(String id) {
        return ids.containsKey(id);
    }

    public int size() {
        return ids.size();
    }
}

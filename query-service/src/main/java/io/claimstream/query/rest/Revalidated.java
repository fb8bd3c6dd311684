package io.claimstream.query.rest;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A read whose answer changes only when stored data does (documents stored or replaced, profiles
 * and clusters refreshed, vectors added, predictions resolved): it gets an {@code ETag} and
 * {@code Cache-Control: no-cache}, so clients and caches keep it and revalidate cheaply
 * ({@code If-None-Match} answers 304), and the service keeps the answer itself until stored data
 * changes on any replica. See {@link EntityTagFilter} and
 * {@link io.claimstream.query.cache.AnswerCache}.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Revalidated {
}

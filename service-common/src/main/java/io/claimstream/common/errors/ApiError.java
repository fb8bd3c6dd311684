package io.claimstream.common.errors;

/**
 * The JSON body of every 4xx and 5xx answer: a stable machine-readable {@code error} code and a
 * {@code message} that tells the caller what to fix.
 */
public record ApiError(String error, String message) {
}

package io.claimstream.cli.ingest;

import java.util.OptionalInt;

/** What happened to one source. {@code documentId} is null when it failed. */
public record FileOutcome(Source source, Result result, String documentId, long bytes, String detail,
                          OptionalInt speakers, OptionalInt claims) {

    public enum Result { NEW, DUPLICATE, FAILED }

    public static FileOutcome stored(Source source, String id, boolean duplicate, long bytes, String detail) {
        return new FileOutcome(source, duplicate ? Result.DUPLICATE : Result.NEW, id, bytes, detail,
                OptionalInt.empty(), OptionalInt.empty());
    }

    public static FileOutcome failed(Source source, long bytes, String detail) {
        return new FileOutcome(source, Result.FAILED, null, bytes, detail, OptionalInt.empty(), OptionalInt.empty());
    }

    public FileOutcome withAnalysis(int speakerCount, int claimCount) {
        return new FileOutcome(source, result, documentId, bytes, detail, OptionalInt.of(speakerCount), OptionalInt.of(claimCount));
    }

    public FileOutcome withDocument(String id, String why) {
        return new FileOutcome(source, result, id, bytes, why, speakers, claims);
    }
}

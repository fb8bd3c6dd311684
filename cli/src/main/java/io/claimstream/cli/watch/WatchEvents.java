package io.claimstream.cli.watch;

import io.claimstream.cli.api.DocumentProbe;

/** What the watch loop reports as it goes; the command prints it. */
public interface WatchEvents {

    void ingested(String label, String documentId, boolean duplicate);

    void analysed(String label, DocumentProbe.Analysed document);

    /** Same content as a file already sent in this session. */
    void unchanged(String label);

    /** Refused for good (a 4xx, an unreadable file); sent again only if the file changes. */
    void failed(String label, String reason);

    /** A service is away; the loop keeps what it has and tries again after {@code delayMillis}. */
    void retrying(String service, String reason, long delayMillis);

    /** A service that was away answers again. */
    void recovered(String service);

    void notAnalysed(String label, String documentId, long waitedSeconds);
}

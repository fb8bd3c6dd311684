package io.claimstream.cli;

/** What the command's exit status means, the same for every subcommand (also in {@code --help}). */
public final class ExitCodes {

    /** Everything asked for was done. */
    public static final int OK = 0;
    /** Some of it failed: a file not ingested, a service not ready. The rest was done. */
    public static final int PARTIAL_FAILURE = 1;
    /** The command line was wrong, or a service rejected a filter as invalid. */
    public static final int USAGE = 2;
    /** A service could not be reached or failed the request. */
    public static final int UNAVAILABLE = 3;
    /** A bug in this command (sysexits' EX_SOFTWARE). */
    public static final int INTERNAL = 70;

    public static final String HELP_FOOTER = "%nExit status: 0 done; 1 some items failed (named on stderr);"
            + " 2 invalid command line or filter; 3 a service could not be reached or failed.";

    private ExitCodes() {
    }
}

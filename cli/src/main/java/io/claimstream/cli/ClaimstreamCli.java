package io.claimstream.cli;

import io.claimstream.cli.api.ApiException;
import io.claimstream.cli.export.ExportCommand;
import io.claimstream.cli.ingest.IngestCommand;
import io.claimstream.cli.query.ClaimsCommand;
import io.claimstream.cli.query.PredictionsCommand;
import io.claimstream.cli.query.SpeakersCommand;
import io.claimstream.cli.query.TopicsCommand;
import io.claimstream.cli.status.StatusCommand;
import io.claimstream.cli.watch.WatchCommand;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

@Command(name = "claimstream",
        mixinStandardHelpOptions = true,
        scope = CommandLine.ScopeType.INHERIT,
        versionProvider = ClaimstreamCli.Version.class,
        synopsisSubcommandLabel = "COMMAND",
        description = {
                "Stream transcripts and articles into Claimstream, watch it work, and read back who claimed what.",
                "",
                "Talks to the services through their public REST API. By default it uses the local stack that"
                        + " './claimstream up' started (its .run/stack.env and .run/api-key)."},
        subcommands = {
                IngestCommand.class, WatchCommand.class, StatusCommand.class, ClaimsCommand.class,
                SpeakersCommand.class, TopicsCommand.class, PredictionsCommand.class, ExportCommand.class,
                CommandLine.HelpCommand.class, AutoComplete.GenerateCompletion.class},
        footer = {"%nExamples:",
                "  claimstream ingest ~/transcripts/            # every .txt .md .html .htm .vtt .srt below it",
                "  claimstream claims --speaker 'Mira Sandoval' --topic agents",
                "  claimstream export --format csv --from 2026-01-01 > claims.csv",
                "  source <(claimstream generate-completion)    # bash completion for this shell",
                ExitCodes.HELP_FOOTER})
public final class ClaimstreamCli implements Callable<Integer> {

    private final CliContext context;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public ClaimstreamCli(CliContext context) {
        this.context = context;
    }

    public CliContext context() {
        return context;
    }

    /** Without a command: the overview, and the status of a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** A configured command line: stdout buffered UTF-8 (exports are large), errors mapped to exit codes. */
    public static CommandLine commandLine(CliContext context) {
        CommandLine cli = new CommandLine(new ClaimstreamCli(context));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setUsageHelpWidth(Math.min(120, context.terminal().width()));
        cli.setUsageHelpAutoWidth(false);
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(
                context.terminal().style().enabled() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        cli.setExecutionExceptionHandler(ClaimstreamCli::handle);
        CommandLine completion = cli.getSubcommands().get("generate-completion");
        if (completion != null) {
            completion.getCommandSpec().usageMessage().hidden(false)
                    .description("Print a bash completion script for this command; source it: source <(claimstream generate-completion)");
        }
        return cli;
    }

    /** Failures of the stack are reported in one line, not as a stack trace; bugs still show theirs. */
    private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        if (e instanceof ApiException api) {
            cli.getErr().println(cli.getColorScheme().errorText("claimstream " + cli.getCommandName() + ": " + api.getMessage()));
            return api.status() == 400 ? ExitCodes.USAGE : ExitCodes.UNAVAILABLE;
        }
        if (e instanceof java.io.UncheckedIOException || e instanceof java.io.IOException) {
            cli.getErr().println(cli.getColorScheme().errorText("claimstream " + cli.getCommandName() + ": " + e.getMessage()));
            return ExitCodes.PARTIAL_FAILURE;
        }
        cli.getErr().println("claimstream " + cli.getCommandName() + ": internal error, please report it:");
        e.printStackTrace(cli.getErr());
        return ExitCodes.INTERNAL;
    }

    public static void main(String[] args) {
        CliContext context = CliContext.fromProcess();
        CommandLine cli = commandLine(context);
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        cli.setOut(out);
        cli.setErr(err);
        int status;
        try {
            status = cli.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
        System.exit(status);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = ClaimstreamCli.class.getPackage().getImplementationVersion();
            return new String[]{"claimstream " + (version == null ? "development build" : version)};
        }
    }
}

package io.claimstream.cli;

import io.claimstream.cli.output.Terminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.AutoComplete;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line itself, without any service: help, usage errors, exit codes, completion. */
class CommandLineTest {

    @TempDir
    Path repo;

    private record Run(int status, String out, String err) {
    }

    private Run run(String... args) {
        CommandLine cli = ClaimstreamCli.commandLine(new CliContext(Map.of(), repo, new Terminal(100, false, false, false)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int status = cli.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void everyCommandHasHelpWithExamples() {
        for (String command : List.of("ingest", "watch", "status", "claims", "speakers", "topics", "predictions", "export")) {
            Run help = run(command, "--help");
            assertThat(help.status()).as(command).isZero();
            assertThat(help.out()).as(command).contains("Usage: claimstream " + command, "Examples:", "claimstream " + command,
                    "Exit status", "--query-url");
        }
        assertThat(run("--help").out()).contains("ingest", "watch", "export", "generate-completion");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run().status()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("claims", "--no-such-option").status()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("ingest").status()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("export", "--format", "xml").status()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("predictions", "--open", "--resolved", "--query-url", "http://127.0.0.1:9").status())
                .isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void anUnreachableServiceIsNamedAndExitsWithThree() {
        Run claims = run("claims", "--query-url", "http://127.0.0.1:9");

        assertThat(claims.status()).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(claims.err()).contains("cannot reach http://127.0.0.1:9/claims");
        assertThat(claims.out()).isEmpty();
    }

    @Test
    void ingestOfNothingFoundIsAFailure() throws IOException {
        Path empty = Files.createDirectories(repo.resolve("empty"));

        Run ingest = run("ingest", empty.toString(), "--ingest-url", "http://127.0.0.1:9");

        assertThat(ingest.status()).isEqualTo(ExitCodes.PARTIAL_FAILURE);
        assertThat(ingest.err()).contains("no .txt .md .html .htm .vtt .srt files under");
    }

    @Test
    void watchOfAMissingFolderIsAUsageError() {
        assertThat(run("watch", repo.resolve("nope").toString()).status()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void theShippedCompletionScriptIsTheGeneratedOne() throws IOException {
        Path shipped = Path.of("src/main/completion/claimstream-completion.bash");
        CommandLine cli = ClaimstreamCli.commandLine(new CliContext(Map.of(), repo, new Terminal(100, false, false, false)));

        String generated = AutoComplete.bash("claimstream", cli);

        assertThat(Files.readString(shipped).strip())
                .as("regenerate with: java -jar cli/target/claimstream-cli.jar generate-completion > cli/" + shipped)
                .isEqualTo(generated.strip());
    }
}

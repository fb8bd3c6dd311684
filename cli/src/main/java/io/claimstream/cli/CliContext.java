package io.claimstream.cli;

import io.claimstream.cli.config.EndpointResolver;
import io.claimstream.cli.config.RepoLocator;
import io.claimstream.cli.output.Terminal;

import java.nio.file.Path;
import java.util.Map;

/** The process's surroundings, passed in rather than read from globals so that tests can set them. */
public record CliContext(Map<String, String> env, Path repo, Terminal terminal) {

    public CliContext {
        env = Map.copyOf(env);
    }

    public static CliContext fromProcess() {
        Map<String, String> env = System.getenv();
        return new CliContext(env, RepoLocator.locate(), Terminal.detect(env));
    }

    public EndpointResolver resolver() {
        return new EndpointResolver(env, repo);
    }
}

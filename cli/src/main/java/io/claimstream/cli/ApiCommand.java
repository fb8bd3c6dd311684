package io.claimstream.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimstream.cli.api.ApiClient;
import io.claimstream.cli.config.Endpoints;
import io.claimstream.cli.output.Style;
import io.claimstream.cli.output.Terminal;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** What every subcommand shares: where the stack is, an API client, and where output goes. */
public abstract class ApiCommand implements Callable<Integer> {

    @Spec
    protected CommandSpec spec;

    @ParentCommand
    protected ClaimstreamCli root;

    @ArgGroup(validate = false, heading = "%nConnection:%n", order = 1000)
    ConnectionOptions connection = new ConnectionOptions();

    private Endpoints endpoints;
    private ApiClient api;

    protected Endpoints endpoints() {
        if (endpoints == null) {
            endpoints = root.context().resolver().resolve(connection.flags());
        }
        return endpoints;
    }

    protected ApiClient api() {
        if (api == null) {
            api = new ApiClient(new ObjectMapper());
        }
        return api;
    }

    protected Terminal terminal() {
        return root.context().terminal();
    }

    protected Style style() {
        return terminal().style();
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }
}

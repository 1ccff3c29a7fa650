package org.apogate.cli;

import org.apogate.bench.BenchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: builds the command tree and exits with its code. Holds no logic of its own. */
@Command(name = "apogate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Automated Annexin V / PI (7-AAD) apoptosis gating of flow-cytometry FCS files.",
        footer = ExitCodes.HELP_FOOTER,
        subcommands = {
            RunCommand.class,
            InfoCommand.class,
            ExportCommand.class,
            GateCommand.class,
            ConfigCommand.class,
            SimulateCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(commandLine().execute(args));
    }

    /** The configured command tree; tests execute it with captured writers. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setParameterExceptionHandler(new UsageErrorHandler());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}

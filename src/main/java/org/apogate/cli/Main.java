package org.apogate.cli;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apogate.bench.BenchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: builds the command tree and exits with its code. Holds no logic of its own. */
@Command(name = "apogate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Automated Annexin V / PI (7-AAD) apoptosis gating of flow-cytometry FCS files.",
        footer = ExitCodes.HELP_FOOTER)
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        // No option of ours takes a date, time or SQL type: picocli then skips registering converters
        // for them, which loaded ~80 JDK classes (about 10 ms of every start).
        System.setProperty("picocli.converters.excludes", "java\\.time\\..*,java\\.sql\\..*");
        System.exit(commandLine(args).execute(args));
    }

    /**
     * Subcommands by name. Building picocli's model of a command costs start-up time, so a run builds
     * only the command it executes (see {@link #commandLine(String...)}).
     */
    static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("run", RunCommand::new);
        m.put("info", InfoCommand::new);
        m.put("export", ExportCommand::new);
        m.put("gate", GateCommand::new);
        m.put("config", ConfigCommand::new);
        m.put("simulate", SimulateCommand::new);
        m.put("bench", BenchCommand::new);
        m.put("help", CommandLine.HelpCommand::new);
        return Collections.unmodifiableMap(m);
    }

    /** The whole command tree; tests execute it with captured writers. */
    public static CommandLine commandLine() {
        return configure(SUBCOMMANDS.keySet());
    }

    /**
     * The tree needed for {@code args}: just the named command when the first argument names one
     * (help, usage errors and everything else get the whole tree, so listings stay complete).
     */
    public static CommandLine commandLine(String... args) {
        if (args.length > 0 && SUBCOMMANDS.containsKey(args[0]) && !"help".equals(args[0])) {
            return configure(List.of(args[0]));
        }
        return commandLine();
    }

    private static CommandLine configure(Collection<String> names) {
        CommandLine cl = new CommandLine(new Main());
        for (String name : names) {
            cl.addSubcommand(name, SUBCOMMANDS.get(name).get());
        }
        // set after the subcommands are added: picocli applies these to the commands present now
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

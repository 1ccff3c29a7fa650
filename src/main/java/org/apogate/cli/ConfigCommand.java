package org.apogate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apogate.config.ConfigIssue;
import org.apogate.config.ConfigTemplate;
import org.apogate.config.ConfigValidator;
import org.apogate.config.Presets;
import org.apogate.report.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code apogate config init|validate}: write a commented config, or check one. */
@Command(name = "config", description = "Writes a commented config (init) or checks config files (validate).",
        footer = ExitCodes.HELP_FOOTER, mixinStandardHelpOptions = true,
        subcommands = {ConfigCommand.Init.class, ConfigCommand.Validate.class})
public final class ConfigCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "config needs a subcommand: init or validate");
    }

    @Command(name = "init", description = "Writes a commented YAML config with every key, its default and allowed values.",
            footer = ExitCodes.HELP_FOOTER, mixinStandardHelpOptions = true)
    static final class Init implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--preset", paramLabel = "NAME", defaultValue = "default",
                description = "Instrument/panel preset (default: ${DEFAULT-VALUE}); 'apogate config init --list' shows them.")
        String preset;

        @Option(names = "--list", description = "List the presets and exit.")
        boolean list;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
        Path output;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (list) {
                Presets.names().forEach(out::println);
                out.flush();
                return ExitCodes.OK;
            }
            if (!Presets.names().contains(preset)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "unknown preset '" + preset + "'; presets: " + String.join(", ", Presets.names()));
            }
            String text = ConfigTemplate.render(preset);
            if (output == null) {
                out.print(text);
                out.flush();
            } else {
                AtomicFiles.writeString(output, text);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "validate", description = "Checks config files; prints every problem as FILE:LINE:COLUMN: KEY.PATH: problem.",
            footer = ExitCodes.HELP_FOOTER, mixinStandardHelpOptions = true)
    static final class Validate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE")
        List<Path> files;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            int bad = 0;
            for (Path f : files) {
                List<ConfigIssue> issues = ConfigValidator.validate(f);
                if (issues.isEmpty()) {
                    out.println(f + ": ok");
                } else {
                    bad++;
                    issues.forEach(i -> err.println(i.format()));
                }
            }
            out.flush();
            err.flush();
            return bad == 0 ? ExitCodes.OK : ExitCodes.CONFIG;
        }
    }
}

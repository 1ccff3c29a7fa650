package org.apogate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandTreeTest {

    @Test
    void theWholeTreeHasEveryCommandUnderItsOwnName() {
        var cl = Main.commandLine();
        assertEquals(List.copyOf(Main.SUBCOMMANDS.keySet()), List.copyOf(cl.getSubcommands().keySet()));
        cl.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                assertEquals(name, sub.getCommandSpec().name(), "the @Command name of " + sub.getCommand().getClass());
            }
        });
    }

    @Test
    void aNamedCommandBuildsOnlyItselfAndEverythingElseTheWholeTree() {
        assertEquals(Set.of("run"), Main.commandLine("run", "x", "--out", "y").getSubcommands().keySet());
        assertEquals(Set.of("config"), Main.commandLine("config", "validate").getSubcommands().keySet());
        assertEquals(Main.SUBCOMMANDS.keySet(), Main.commandLine("help", "run").getSubcommands().keySet());
        assertEquals(Main.SUBCOMMANDS.keySet(), Main.commandLine("--help").getSubcommands().keySet());
        assertEquals(Main.SUBCOMMANDS.keySet(), Main.commandLine("rn").getSubcommands().keySet());
        assertEquals(Main.SUBCOMMANDS.keySet(), Main.commandLine().getSubcommands().keySet());
    }

    @Test
    void aSingleCommandTreeStillReportsUsageErrorsWithExitCode2() {
        var cl = Main.commandLine("run", "--no-such-option");
        cl.setErr(new java.io.PrintWriter(new java.io.StringWriter()));
        assertEquals(ExitCodes.USAGE, cl.execute("run", "--no-such-option"));
    }
}

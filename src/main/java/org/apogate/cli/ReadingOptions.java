package org.apogate.cli;

import org.apogate.fcs.ReadOptions;
import org.apogate.fcs.Stringency;
import picocli.CommandLine.Option;

/** How strictly FCS files are read; shared by every command that reads them. */
final class ReadingOptions {
    @Option(names = "--stringency", paramLabel = "MODE", defaultValue = "LENIENT",
            description = "STRICT (any deviation from the FCS standard is an error), LENIENT (recover "
                    + "where the data is unambiguous and report it; default) or SILENT. Default: ${DEFAULT-VALUE}.")
    Stringency stringency;

    ReadOptions readOptions() {
        return ReadOptions.defaults().withStringency(stringency);
    }
}

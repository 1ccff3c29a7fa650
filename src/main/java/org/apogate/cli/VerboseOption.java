package org.apogate.cli;

import picocli.CommandLine.Option;

/** {@code -v}: show stack traces of errors (read by {@link ErrorHandler}). */
final class VerboseOption {
    @Option(names = {"-v", "--verbose"}, description = "Show stack traces of errors.")
    boolean verbose;
}

package org.apogate.cli;

/**
 * The process exit codes, documented in {@code --help} and the README. Scheduled jobs branch on
 * them, so they never change meaning.
 */
public final class ExitCodes {
    /** Everything asked for was done. */
    public static final int OK = 0;
    /** Some inputs failed (or were flagged, with {@code --fail-on flagged}); the others were done. */
    public static final int SOME_FAILED = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** A config file, sample sheet, gate file or matrix file was invalid. */
    public static final int CONFIG = 3;
    /** No input file was found. */
    public static final int NO_INPUT = 4;
    /** An output could not be written (read-only or full folder, output locked by another run). */
    public static final int OUTPUT = 5;
    /** An unexpected internal error (a bug: please report it with the -v stack trace). */
    public static final int INTERNAL = 70;

    /** Text for the {@code --help} footer of every command. */
    public static final String HELP_FOOTER = "%nExit codes:%n"
            + "  0  all inputs done%n"
            + "  1  some inputs failed (or were flagged, with --fail-on flagged)%n"
            + "  2  usage error%n"
            + "  3  config, sample sheet, gate or matrix file error%n"
            + "  4  no input found%n"
            + "  5  output folder unwritable or locked by another run%n"
            + " 70  internal error (a bug; rerun with -v and report it)%n";

    private ExitCodes() {
    }
}

package org.apogate.cli;

import java.io.PrintWriter;
import org.apogate.error.ApoGateException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Maps exceptions escaping a command to one line on stderr and an exit code, in one place. The stack
 * trace is shown only with {@code -v}/{@code --verbose}.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        err.println("apogate: error: " + oneLine(ex));
        if (verbose(parsed)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return exitCode(ex);
    }

    static int exitCode(Throwable ex) {
        return ErrorClassifier.exitCode(ex);
    }

    static String oneLine(Throwable ex) {
        String msg = ex.getMessage();
        if (!(ex instanceof ApoGateException) || msg == null || msg.isBlank()) {
            msg = ex.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
        }
        return msg.replace('\n', ' ').replace('\r', ' ');
    }

    private static boolean verbose(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("-v")) {
                return true;
            }
        }
        return false;
    }
}

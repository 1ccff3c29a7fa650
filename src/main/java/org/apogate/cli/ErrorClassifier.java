package org.apogate.cli;

import org.apogate.compensation.CompensationException;
import org.apogate.config.ConfigException;
import org.apogate.error.ApoGateException;
import org.apogate.gatingml.GatingMlException;
import org.apogate.report.ReportException;

/** The one place where error types become exit codes. */
final class ErrorClassifier {
    private ErrorClassifier() {
    }

    static int exitCode(Throwable ex) {
        if (ex instanceof NoInputException) {
            return ExitCodes.NO_INPUT;
        }
        if (ex instanceof ConfigException || ex instanceof GatingMlException || ex instanceof CompensationException) {
            return ExitCodes.CONFIG;
        }
        if (ex instanceof ReportException) {
            return ExitCodes.OUTPUT;
        }
        if (ex instanceof ApoGateException) {
            return ExitCodes.SOME_FAILED;
        }
        return ExitCodes.INTERNAL;
    }
}

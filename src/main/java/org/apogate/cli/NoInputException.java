package org.apogate.cli;

import org.apogate.error.ApoGateException;

/** None of the INPUT arguments named an FCS file (exit code 4). */
final class NoInputException extends ApoGateException {
    private static final long serialVersionUID = 1L;

    NoInputException(String message) {
        super(message);
    }
}

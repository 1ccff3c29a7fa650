package org.apogate.compensation;

import org.apogate.error.ApoGateException;

/**
 * A spillover matrix that cannot be read or used: a malformed keyword or CSV entry, a singular or
 * ill-conditioned matrix, a channel the data lacks. The message is one line naming the matrix
 * source, the entry (row/column, token index or channel) and what was expected.
 */
public class CompensationException extends ApoGateException {
    private static final long serialVersionUID = 1L;

    public CompensationException(String message) {
        super(message);
    }

    public CompensationException(String message, Throwable cause) {
        super(message, cause);
    }
}

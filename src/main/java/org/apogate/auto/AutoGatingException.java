package org.apogate.auto;

import org.apogate.error.ApoGateException;

/** Automatic gating could not decide safely (ambiguous channels, unusable data); the message says how to fix it. */
public class AutoGatingException extends ApoGateException {
    private static final long serialVersionUID = 1L;

    public AutoGatingException(String message) {
        super(message);
    }
}

package org.apogate.gating;

import org.apogate.error.ApoGateException;

/** A gating strategy that cannot be evaluated: unknown gate, channel, matrix or transform reference, cycles. */
public class GatingException extends ApoGateException {
    private static final long serialVersionUID = 1L;

    public GatingException(String message) {
        super(message);
    }
}

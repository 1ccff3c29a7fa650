package org.apogate.gating;

import org.apogate.error.ApoGateException;

/** A gating strategy that cannot be evaluated: unknown gate, channel, matrix or transform reference, cycles. */
public class GatingException extends ApoGateException {
    private static final long serialVersionUID = 1L;

    private final String gateId;

    public GatingException(String message) {
        super(message);
        this.gateId = null;
    }

    /** An error about one gate; the message should already name it. */
    public GatingException(String gateId, String message) {
        super(message);
        this.gateId = gateId;
    }

    /** The gate the error is about, or null. */
    public String gateId() {
        return gateId;
    }
}

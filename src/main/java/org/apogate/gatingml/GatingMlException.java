package org.apogate.gatingml;

import org.apogate.error.ApoGateException;

/** A Gating-ML document we cannot read or write: names the file, the XML line, the gate id and what was expected. */
public class GatingMlException extends ApoGateException {
    private static final long serialVersionUID = 1L;

    public GatingMlException(String message) {
        super(message);
    }

    public GatingMlException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.apogate.error;

/**
 * Base of every error ApoGate reports. Unchecked, one line, and always says where: the file, the
 * byte offset / keyword / config path, and what was expected. Subclasses live in the package whose
 * input they describe (FCS format, compensation, config, gating); the CLI maps them to exit codes.
 */
public class ApoGateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ApoGateException(String message) {
        super(message);
    }

    public ApoGateException(String message, Throwable cause) {
        super(message, cause);
    }
}

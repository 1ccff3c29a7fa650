package org.apogate.pipeline;

import org.apogate.error.ApoGateException;

/** A problem running the pipeline that is not a problem of one input file's format. */
public class PipelineException extends ApoGateException {
    private static final long serialVersionUID = 1L;

    public PipelineException(String message) {
        super(message);
    }

    public PipelineException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.apogate.transform;

import org.apogate.error.ApoGateException;

/**
 * A scale transform was given parameters outside the range its definition (Gating-ML 2.0 or
 * FlowJo) allows, an unknown transform name, or a value it cannot solve for. The message is one
 * line naming the transform, the parameter and the allowed range.
 */
public class TransformException extends ApoGateException {
    private static final long serialVersionUID = 1L;

    public TransformException(String message) {
        super(message);
    }
}

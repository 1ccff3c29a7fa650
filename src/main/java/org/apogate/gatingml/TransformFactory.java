package org.apogate.gatingml;

import java.util.Map;
import org.apogate.transform.Transform;

/** Builds the function of a Gating-ML transformation from its kind (flin, flog, fasinh, logicle, hyperlog) and T/W/M/A. */
@FunctionalInterface
public interface TransformFactory {
    /** @throws IllegalArgumentException when the parameters are out of the transform's domain */
    Transform create(String kind, Map<String, Double> parameters);
}

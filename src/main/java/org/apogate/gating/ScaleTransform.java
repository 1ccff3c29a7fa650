package org.apogate.gating;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apogate.transform.Transform;

/**
 * A named one-dimensional transformation of a gating strategy: its Gating-ML kind (flin, flog,
 * fasinh, logicle, hyperlog), the parameters as written (T, W, M, A) so it can be written back,
 * and the function that computes it.
 */
public record ScaleTransform(String id, String kind, Map<String, Double> parameters, Transform function) {
    public ScaleTransform {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(function, "function");
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}

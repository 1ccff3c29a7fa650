package org.apogate.gatingml;

import java.util.Map;
import org.apogate.transform.Transform;
import org.apogate.transform.Transforms;

/** The transformation functions of {@code org.apogate.transform}, parameterised exactly as Gating-ML 2.0 names them. */
public final class StandardTransforms implements TransformFactory {

    @Override
    public Transform create(String kind, Map<String, Double> parameters) {
        return Transforms.byGatingMlName(kind, parameters);
    }
}

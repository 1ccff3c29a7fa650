package org.apogate.transform;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds transforms from their Gating-ML 2.0 element name and attribute values. */
public final class Transforms {
    private static final Set<String> BOUNDS = Set.of("boundMin", "boundMax");

    private Transforms() {
    }

    /**
     * @param localName Gating-ML 2.0 element: {@code flin}, {@code flog}, {@code fasinh},
     *                  {@code logicle} or {@code hyperlog}
     * @param params    attribute values keyed as in Gating-ML ({@code T}, {@code W}, {@code M},
     *                  {@code A}); optional {@code boundMin}/{@code boundMax} wrap the result in a
     *                  {@link BoundedTransform}. Missing or unknown keys throw.
     */
    public static Transform byGatingMlName(String localName, Map<String, Double> params) {
        if (localName == null || params == null) {
            throw new TransformException("Gating-ML transformation needs a name and parameters, got "
                    + localName + " with " + params);
        }
        Transform core = switch (localName) {
            case "flin" -> {
                check(localName, params, List.of("T", "A"));
                yield new LinearTransform(params.get("T"), params.get("A"));
            }
            case "flog" -> {
                check(localName, params, List.of("T", "M"));
                yield new LogTransform(params.get("T"), params.get("M"));
            }
            case "fasinh" -> {
                check(localName, params, List.of("T", "M", "A"));
                yield new AsinhTransform(params.get("T"), params.get("M"), params.get("A"));
            }
            case "logicle" -> {
                check(localName, params, List.of("T", "W", "M", "A"));
                yield new LogicleTransform(params.get("T"), params.get("W"), params.get("M"), params.get("A"));
            }
            case "hyperlog" -> {
                check(localName, params, List.of("T", "W", "M", "A"));
                yield new HyperlogTransform(params.get("T"), params.get("W"), params.get("M"), params.get("A"));
            }
            default -> throw new TransformException("Gating-ML transformation '" + localName
                    + "' is not supported: expected one of flin, flog, fasinh, logicle, hyperlog");
        };
        Double min = params.get("boundMin");
        Double max = params.get("boundMax");
        if (min == null && max == null) {
            return core;
        }
        return new BoundedTransform(core, min == null ? Double.NEGATIVE_INFINITY : min,
                max == null ? Double.POSITIVE_INFINITY : max);
    }

    private static void check(String name, Map<String, Double> params, List<String> required) {
        for (String key : required) {
            if (params.get(key) == null) {
                throw new TransformException("Gating-ML " + name + " is missing parameter " + key
                        + ": expected " + String.join(", ", required));
            }
        }
        for (String key : params.keySet()) {
            if (!required.contains(key) && !BOUNDS.contains(key)) {
                throw new TransformException("Gating-ML " + name + " has unknown parameter '" + key
                        + "': expected " + String.join(", ", required) + " (and optionally boundMin, boundMax)");
            }
        }
    }
}

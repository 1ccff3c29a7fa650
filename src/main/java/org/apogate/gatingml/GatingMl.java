package org.apogate.gatingml;

/** The Gating-ML 2.0 namespaces. */
final class GatingMl {
    static final String GATING = "http://www.isac-net.org/std/Gating-ML/v2.0/gating";
    static final String TRANSFORMS = "http://www.isac-net.org/std/Gating-ML/v2.0/transformations";
    static final String DATATYPES = "http://www.isac-net.org/std/Gating-ML/v2.0/datatypes";

    private GatingMl() {
    }

    static boolean isGatingMl(String namespace) {
        return GATING.equals(namespace) || TRANSFORMS.equals(namespace) || DATATYPES.equals(namespace);
    }
}

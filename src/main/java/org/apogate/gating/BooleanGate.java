package org.apogate.gating;

import java.util.List;
import java.util.Objects;

/**
 * Gating-ML boolean gate: and / or over two or more referenced populations, or not of exactly one.
 * A reference with {@code complement} set stands for the events outside that population.
 */
public record BooleanGate(String id, String parentId, Operator operator, List<Reference> references) implements Gate {

    public enum Operator { AND, OR, NOT }

    /** A referenced gate or quadrant id, optionally used as its complement. */
    public record Reference(String gateId, boolean complement) {
        public Reference {
            Objects.requireNonNull(gateId, "gateId");
        }
    }

    public BooleanGate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(operator, "operator");
        references = List.copyOf(references);
        if (operator == Operator.NOT && references.size() != 1) {
            throw new GatingException("gate " + id + ": 'not' takes exactly one gate reference, found " + references.size());
        }
        if (operator != Operator.NOT && references.size() < 2) {
            throw new GatingException("gate " + id + ": '" + operator.name().toLowerCase(java.util.Locale.ROOT)
                    + "' takes at least two gate references, found " + references.size());
        }
    }
}

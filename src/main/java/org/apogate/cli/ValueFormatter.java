package org.apogate.cli;

import org.apogate.fcs.Parameter;

/** How one column's values are written by export: integers as integers, floats in shortest form. */
@FunctionalInterface
interface ValueFormatter {
    String format(double value);

    static ValueFormatter forParameter(Parameter p, boolean scaled) {
        char type = Character.toUpperCase(p.dataType());
        if (!scaled && type == 'F') {
            return v -> ShortestDecimal.ofFloat((float) v);
        }
        return ShortestDecimal::ofDouble; // integers print as integers; doubles shortest
    }
}

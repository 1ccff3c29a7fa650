package org.apogate.pipeline;

import java.math.BigDecimal;
import java.math.MathContext;

/** Short, locale-independent number text for labels and summary strings. */
final class Numbers {
    private Numbers() {
    }

    /** Six significant digits, no exponent for everyday magnitudes, no trailing zeros. */
    static String compact(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal b = new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros();
        return Math.abs(v) >= 1e-4 && Math.abs(v) < 1e12 ? b.toPlainString() : b.toString();
    }
}

package org.apogate.cli;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Formats numbers the way {@code apogate export} promises: whole numbers as integers, floats and
 * doubles in the shortest decimal that reads back to the same value. Java 17's
 * {@code Float.toString} is not always the shortest such form (fixed only in JDK 19), so we search
 * the precision ourselves.
 */
final class ShortestDecimal {
    private ShortestDecimal() {
    }

    static String ofFloat(float f) {
        if (!Float.isFinite(f)) {
            return Float.toString(f);
        }
        if (f == 0f) {
            return (Float.floatToRawIntBits(f) < 0) ? "-0" : "0";
        }
        if (f == Math.rint(f) && Math.abs(f) < 1e15f) {
            return Long.toString((long) f);
        }
        BigDecimal exact = new BigDecimal(f);
        for (int p = 1; p <= 9; p++) {
            BigDecimal r = exact.round(new MathContext(p));
            if (r.floatValue() == f) {
                return plain(r);
            }
        }
        return plain(exact.round(new MathContext(9)));
    }

    static String ofDouble(double d) {
        if (!Double.isFinite(d)) {
            return Double.toString(d);
        }
        if (d == 0d) {
            return (Double.doubleToRawLongBits(d) < 0) ? "-0" : "0";
        }
        if (d == Math.rint(d) && Math.abs(d) < 9.007199254740992E15) {
            return Long.toString((long) d);
        }
        BigDecimal exact = new BigDecimal(d);
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p));
            if (r.doubleValue() == d) {
                return plain(r);
            }
        }
        return plain(exact.round(new MathContext(17)));
    }

    /** Plain notation for everyday magnitudes, scientific for tiny or huge ones. */
    private static String plain(BigDecimal r) {
        BigDecimal s = r.stripTrailingZeros();
        int exponent = s.precision() - s.scale() - 1;
        if (exponent >= -6 && exponent < 15) {
            return s.toPlainString();
        }
        return s.toString().replace("E+", "E");
    }
}

package org.apogate.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;

/**
 * One axis tick at {@code position} on the plot scale. An empty label makes a short unlabelled
 * (minor) tick.
 */
public record Tick(double position, String label) {
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    public Tick {
        Objects.requireNonNull(label, "label");
    }

    /** True for an unlabelled minor tick. */
    public boolean minor() {
        return label.isEmpty();
    }

    /**
     * Ticks for a log-like axis (logicle, arcsinh, log): "0" at raw 0 when {@code withZero}, labelled
     * decades 10^minExp..10^maxExp and unlabelled 2..9 x 10^k minors between them, each mapped onto
     * the plot scale with {@code toScale} (the axis transform of a raw value).
     */
    public static List<Tick> decades(DoubleUnaryOperator toScale, boolean withZero, int minExp, int maxExp) {
        List<Tick> ticks = new ArrayList<>();
        if (withZero) {
            ticks.add(new Tick(toScale.applyAsDouble(0), "0"));
        }
        for (int exp = minExp; exp <= maxExp; exp++) {
            double decade = Math.pow(10, exp);
            ticks.add(new Tick(toScale.applyAsDouble(decade), "10" + superscript(exp)));
            if (exp < maxExp) {
                for (int m = 2; m <= 9; m++) {
                    ticks.add(new Tick(toScale.applyAsDouble(m * decade), ""));
                }
            }
        }
        return List.copyOf(ticks);
    }

    /** Evenly spaced ticks at 1/2/5 x 10^k steps, four to seven across [min, max], labelled "50K" style above 1000. */
    public static List<Tick> linear(double min, double max) {
        if (!(max > min) || !Double.isFinite(min) || !Double.isFinite(max)) {
            return List.of();
        }
        double rough = (max - min) / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double step = magnitude;
        for (double factor : new double[] {2, 5, 10}) { // the 1/2/5 step closest to a fifth of the range
            if (Math.abs(Math.log(magnitude * factor / rough)) < Math.abs(Math.log(step / rough))) {
                step = magnitude * factor;
            }
        }
        List<Tick> ticks = new ArrayList<>();
        long first = (long) Math.ceil(min / step - 1e-9);
        for (long i = first; i * step <= max + step * 1e-9; i++) {
            ticks.add(new Tick(i * step, linearLabel(i * step, step)));
        }
        return List.copyOf(ticks);
    }

    static String linearLabel(double value, double step) {
        if (Math.abs(value) >= 1000 && step >= 1000) {
            return trim(value / 1000) + "K";
        }
        return trim(value);
    }

    private static String trim(double value) {
        java.math.BigDecimal d = java.math.BigDecimal.valueOf(value).stripTrailingZeros();
        if (d.scale() > 6) {
            d = d.setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        }
        String text = d.toPlainString();
        return text.equals("-0") ? "0" : text;
    }

    static String superscript(int exponent) {
        StringBuilder text = new StringBuilder();
        if (exponent < 0) {
            text.append('⁻');
        }
        for (char c : Integer.toString(Math.abs(exponent)).toCharArray()) {
            text.append(SUPERSCRIPT_DIGITS.charAt(c - '0'));
        }
        return text.toString();
    }
}

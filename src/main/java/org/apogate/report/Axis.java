package org.apogate.report;

import java.util.List;
import java.util.Objects;

/**
 * One plot axis on the plot scale: the visible range [min, max], the label (e.g.
 * "FITC-A :: Annexin V") and the ticks. Values outside the range are drawn on the edge, as
 * cytometry software does, so piled-up events stay visible.
 */
public record Axis(String label, double min, double max, List<Tick> ticks) {
    public Axis {
        Objects.requireNonNull(label, "label");
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(max > min)) {
            throw new IllegalArgumentException("axis " + label + ": range [" + min + ", " + max + "] is not increasing");
        }
        ticks = List.copyOf(ticks);
    }

    /** A linear axis with default 1/2/5 ticks. */
    public static Axis linear(String label, double min, double max) {
        return new Axis(label, min, max, Tick.linear(min, max));
    }

    /** An axis with caller-made ticks, e.g. {@link Tick#decades} for a logicle scale. */
    public static Axis withTicks(String label, double min, double max, List<Tick> ticks) {
        return new Axis(label, min, max, ticks);
    }

    /** "FITC-A :: Annexin V", or just the channel when there is no stain name. */
    public static String label(String channel, String stain) {
        return stain == null || stain.isBlank() || stain.equals(channel) ? channel : channel + " :: " + stain;
    }

    /** Fraction 0..1 of the way from min to max (not clamped). */
    double fraction(double value) {
        return (value - min) / (max - min);
    }
}

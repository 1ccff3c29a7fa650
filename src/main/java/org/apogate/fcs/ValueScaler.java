package org.apogate.fcs;

import java.util.List;

/** Applies a {@link ValueScale} to decoded RAW columns in place; precomputed per column. */
final class ValueScaler {
    private final boolean active;
    private final boolean[] log;
    private final double[] f1OverRange;
    private final double[] f2;
    private final double[] multiplier;

    ValueScaler(List<Parameter> params, ValueScale scale, double timestep) {
        this(params, scale, timestep, null);
    }

    /** @param decoded the columns that will hold values (null: all); the others are left alone */
    ValueScaler(List<Parameter> params, ValueScale scale, double timestep, java.util.BitSet decoded) {
        int p = params.size();
        log = new boolean[p];
        f1OverRange = new double[p];
        f2 = new double[p];
        multiplier = new double[p];
        boolean any = false;
        for (int c = 0; c < p; c++) {
            Parameter prm = params.get(c);
            multiplier[c] = 1;
            if (scale == ValueScale.RAW || (decoded != null && !decoded.get(c))) {
                continue;
            }
            boolean intLike = prm.dataType() == 'I' || prm.dataType() == 'A';
            if (intLike && prm.logDecades() > 0 && prm.range() > 0) {
                log[c] = true;
                f1OverRange[c] = prm.logDecades() / prm.range();
                f2[c] = prm.logOffset() > 0 ? prm.logOffset() : 1.0;
                any = true;
                continue;
            }
            if (prm.isTime()) {
                multiplier[c] *= timestep;
            }
            if (scale == ValueScale.SCALED_WITH_GAIN && prm.gain() != 1) {
                multiplier[c] /= prm.gain();
            }
            any |= multiplier[c] != 1;
        }
        active = any;
    }

    void apply(EventBlock block, int n) {
        if (!active) {
            return;
        }
        for (int c = 0; c < log.length; c++) {
            double[] col = block.column(c);
            if (log[c]) {
                double a = f1OverRange[c];
                double b = f2[c];
                for (int i = 0; i < n; i++) {
                    col[i] = b * Math.pow(10, a * col[i]);
                }
            } else if (multiplier[c] != 1) {
                double m = multiplier[c];
                for (int i = 0; i < n; i++) {
                    col[i] *= m;
                }
            }
        }
    }
}

package org.apogate.compensation;

import java.util.Locale;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/** Inverts a spillover matrix, refusing singular or ill-conditioned ones (they would amplify noise wildly). */
final class SpilloverInverse {
    /** Above this 2-norm condition number the compensated values are dominated by rounding and noise. */
    static final double MAX_CONDITION = 1e12;

    private SpilloverInverse() {
    }

    static double[][] invert(double[][] s, String source) {
        if (s.length == 0) {
            return new double[0][0];
        }
        for (int i = 0; i < s.length; i++) {
            for (int j = 0; j < s[i].length; j++) {
                if (!Double.isFinite(s[i][j])) {
                    throw new CompensationException(source + ": entry row " + (i + 1) + ", column " + (j + 1)
                            + " is " + s[i][j] + ": expected a finite number");
                }
            }
        }
        RealMatrix m = new Array2DRowRealMatrix(s, true);
        double[] sv = new SingularValueDecomposition(m).getSingularValues();
        double largest = sv[0];
        double smallest = sv[sv.length - 1];
        if (!(smallest > 0) || largest / smallest > MAX_CONDITION) {
            throw new CompensationException(source
                    + ": spillover matrix is singular or ill-conditioned (condition number "
                    + (smallest > 0 ? String.format(Locale.ROOT, "%.3g", largest / smallest) : "infinite")
                    + "): expected a condition number <= " + String.format(Locale.ROOT, "%.0g", MAX_CONDITION));
        }
        try {
            return new LUDecomposition(m).getSolver().getInverse().getData();
        } catch (SingularMatrixException e) {
            throw new CompensationException(source
                    + ": spillover matrix is singular: expected an invertible matrix", e);
        }
    }
}

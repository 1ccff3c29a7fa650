package org.apogate.gating;

import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * A Gating-ML spectrumMatrix: rows are fluorochromes, columns detectors; {@code coefficients[f][d]}
 * is the fraction of fluorochrome f seen in detector d. Compensated fluorochrome values are
 * {@code detectors x pinv(S)} (the inverse when square). When {@code invertedAlready} is true the
 * coefficients are that compensation matrix itself (rows detectors, columns fluorochromes).
 */
public record SpectrumMatrix(String id, List<String> fluorochromes, List<String> detectors,
                             double[][] coefficients, boolean invertedAlready) {

    public SpectrumMatrix {
        Objects.requireNonNull(id, "id");
        fluorochromes = List.copyOf(fluorochromes);
        detectors = List.copyOf(detectors);
        int rows = invertedAlready ? detectors.size() : fluorochromes.size();
        int cols = invertedAlready ? fluorochromes.size() : detectors.size();
        if (coefficients.length != rows) {
            throw new GatingException("spectrumMatrix " + id + ": " + coefficients.length + " rows, expected " + rows);
        }
        double[][] copy = new double[rows][];
        for (int r = 0; r < rows; r++) {
            if (coefficients[r].length != cols) {
                throw new GatingException("spectrumMatrix " + id + ": row " + (r + 1) + " has "
                        + coefficients[r].length + " coefficients, expected " + cols);
            }
            copy[r] = coefficients[r].clone();
        }
        coefficients = copy;
    }

    @Override
    public double[][] coefficients() {
        double[][] copy = new double[coefficients.length][];
        for (int i = 0; i < coefficients.length; i++) {
            copy[i] = coefficients[i].clone();
        }
        return copy;
    }

    /** The detectors x fluorochromes matrix K with compensated = raw x K. */
    public double[][] compensationMatrix() {
        if (invertedAlready) {
            return coefficients();
        }
        RealMatrix s = new Array2DRowRealMatrix(coefficients, true);
        if (s.getRowDimension() != s.getColumnDimension()) {
            // more detectors than fluorochromes: least-squares unmixing via the pseudo-inverse
            return new SingularValueDecomposition(s).getSolver().getInverse().getData();
        }
        LUDecomposition lu = new LUDecomposition(s);
        if (!lu.getSolver().isNonSingular()) {
            throw new GatingException("spectrumMatrix " + id + " is singular and cannot be inverted");
        }
        return lu.getSolver().getInverse().getData();
    }
}

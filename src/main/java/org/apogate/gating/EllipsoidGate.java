package org.apogate.gating;

import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;

/**
 * Gating-ML ellipsoid gate (an ellipse in 2-D): an event x is inside when its squared Mahalanobis
 * distance {@code (x - mean)' inverse(covariance) (x - mean)} is at most {@code distanceSquare}.
 */
public record EllipsoidGate(String id, String parentId, List<Dimension> dimensions, double[] mean,
                            double[][] covariance, double distanceSquare) implements GeometricGate {

    public EllipsoidGate {
        Objects.requireNonNull(id, "id");
        dimensions = List.copyOf(dimensions);
        int n = dimensions.size();
        if (n < 1) {
            throw new GatingException("gate " + id + ": an ellipsoid needs at least one dimension");
        }
        if (mean.length != n) {
            throw new GatingException("gate " + id + ": mean has " + mean.length + " coordinates for " + n + " dimensions");
        }
        if (covariance.length != n) {
            throw new GatingException("gate " + id + ": covariance matrix has " + covariance.length + " rows, expected " + n);
        }
        double[][] copy = new double[n][];
        for (int r = 0; r < n; r++) {
            if (covariance[r].length != n) {
                throw new GatingException("gate " + id + ": covariance row " + (r + 1) + " has "
                        + covariance[r].length + " entries, expected " + n);
            }
            copy[r] = covariance[r].clone();
        }
        covariance = copy;
        mean = mean.clone();
        if (!(distanceSquare >= 0) || Double.isInfinite(distanceSquare)) {
            throw new GatingException("gate " + id + ": distanceSquare must be a finite number >= 0, found " + distanceSquare);
        }
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[][] covariance() {
        double[][] copy = new double[covariance.length][];
        for (int r = 0; r < covariance.length; r++) {
            copy[r] = covariance[r].clone();
        }
        return copy;
    }

    private double[][] inverseCovariance() {
        LUDecomposition lu = new LUDecomposition(new Array2DRowRealMatrix(covariance, true));
        if (!lu.getSolver().isNonSingular()) {
            throw new GatingException("gate " + id + ": covariance matrix is singular");
        }
        return lu.getSolver().getInverse().getData();
    }

    @Override
    public void evaluate(double[][] columns, int n, boolean[] inside) {
        prepare().evaluate(columns, n, inside);
    }

    @Override
    public Prepared prepare() {
        double[][] inv = inverseCovariance();
        int dims = mean.length;
        double[] diff = new double[dims];
        return (columns, n, inside) -> {
            for (int i = 0; i < n; i++) {
                for (int d = 0; d < dims; d++) {
                    diff[d] = columns[d][i] - mean[d];
                }
                double dist = 0;
                for (int r = 0; r < dims; r++) {
                    double row = 0;
                    for (int c = 0; c < dims; c++) {
                        row += inv[r][c] * diff[c];
                    }
                    dist += diff[r] * row;
                }
                inside[i] = dist <= distanceSquare; // NaN compares false: outside
            }
        };
    }
}

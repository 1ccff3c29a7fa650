package org.apogate.auto;

/**
 * Knobs of {@link ThresholdFinder}, defaults as in the config schema (gating.thresholds, qc).
 *
 * @param controlPercentile     percentile (0-100) of the negative control population (99.5)
 * @param maxComponents         largest mixture tried in the BIC model selection (3)
 * @param minSeparation         Ashman's D needed between negative and positive components (1.5)
 * @param qcMinSeparation       below this D, overlapping components are only reported (1.0)
 * @param negativeSpreadSigmas  robust sds above the negative median when no positive exists (4.0)
 */
public record ThresholdOptions(double controlPercentile, int maxComponents, double minSeparation, double qcMinSeparation,
                               double negativeSpreadSigmas) {
    public ThresholdOptions {
        if (!(controlPercentile > 0 && controlPercentile < 100)) {
            throw new IllegalArgumentException("control_percentile must be in (0, 100), got " + controlPercentile);
        }
        if (maxComponents < 1 || maxComponents > 6) {
            throw new IllegalArgumentException("max_components must be in 1..6, got " + maxComponents);
        }
        if (!(minSeparation >= 0) || !(qcMinSeparation >= 0) || !(negativeSpreadSigmas > 0)) {
            throw new IllegalArgumentException("separations and sigmas must be positive");
        }
    }

    public static ThresholdOptions defaults() {
        return new ThresholdOptions(99.5, 3, 1.5, 1.0, 4.0);
    }
}

package org.apogate.auto;

/** What an event is after automatic gating. The four cell populations are reported among single non-debris cells. */
public enum Population {
    DEBRIS, DOUBLET, LIVE, EARLY_APOPTOTIC, LATE_APOPTOTIC, NECROTIC;

    /** Quadrant of a single cell: annexin and viability positivity (ties already resolved upward). */
    public static Population quadrant(boolean annexinPositive, boolean viabilityPositive) {
        if (annexinPositive) {
            return viabilityPositive ? LATE_APOPTOTIC : EARLY_APOPTOTIC;
        }
        return viabilityPositive ? NECROTIC : LIVE;
    }
}

package org.apogate.auto;

/** Debris and singlet gates of one tube; {@link #classify} tells debris, doublet or cell for one event (raw units). */
public record ScatterGates(DebrisGate debris, SingletGate singlets) {

    /** DEBRIS, DOUBLET, or null for a single cell. */
    public Population scatterClass(double fscA, double fscH) {
        if (!debris.isCell(fscA)) {
            return Population.DEBRIS;
        }
        return singlets.isSinglet(fscA, fscH) ? null : Population.DOUBLET;
    }

    public boolean isSingleCell(double fscA, double fscH) {
        return scatterClass(fscA, fscH) == null;
    }
}

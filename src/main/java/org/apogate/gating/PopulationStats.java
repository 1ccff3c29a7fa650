package org.apogate.gating;

/**
 * Counts of one population: events in it, in its parent (all events at the root) and in the data
 * set. Percentages are NaN when their denominator is zero.
 */
public record PopulationStats(String id, String parentId, long count, long parentCount, long totalCount) {

    public double percentOfParent() {
        return parentCount == 0 ? Double.NaN : 100.0 * count / parentCount;
    }

    public double percentOfTotal() {
        return totalCount == 0 ? Double.NaN : 100.0 * count / totalCount;
    }
}

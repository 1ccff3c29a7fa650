package org.apogate.gating;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-population event membership (one bit per event, file order) and counts for one data set.
 * Populations keep the strategy's document order.
 */
public final class GatingResult {
    private final long totalEvents;
    private final Map<String, BitSet> memberships;
    private final Map<String, PopulationStats> stats = new LinkedHashMap<>();
    private final List<String> populationIds;

    GatingResult(long totalEvents, Map<String, BitSet> memberships, Map<String, String> parents) {
        this(totalEvents, memberships, cardinalities(memberships), parents);
    }

    /**
     * @param memberships each population's events, or null when only counts were kept ({@link
     *                    #membership} then throws)
     * @param counts      each population's count, in document order
     */
    private GatingResult(long totalEvents, Map<String, BitSet> memberships, Map<String, Long> counts,
                         Map<String, String> parents) {
        this.totalEvents = totalEvents;
        this.memberships = memberships;
        this.populationIds = List.copyOf(counts.keySet());
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            String parent = parents.get(e.getKey());
            long parentCount = parent == null ? totalEvents : counts.get(parent);
            stats.put(e.getKey(), new PopulationStats(e.getKey(), parent, e.getValue(), parentCount, totalEvents));
        }
    }

    /** Counts without memberships (see {@link PopulationCounter}). */
    static GatingResult ofCounts(long totalEvents, Map<String, Long> counts, Map<String, String> parents) {
        return new GatingResult(totalEvents, null, counts, parents);
    }

    private static Map<String, Long> cardinalities(Map<String, BitSet> memberships) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map.Entry<String, BitSet> e : memberships.entrySet()) {
            counts.put(e.getKey(), (long) e.getValue().cardinality());
        }
        return counts;
    }

    /** Whether event memberships were kept ({@link #membership} and {@link #isMember} work). */
    public boolean hasMemberships() {
        return memberships != null;
    }

    public long totalEvents() {
        return totalEvents;
    }

    /** Population ids in document order. */
    public List<String> populationIds() {
        return populationIds;
    }

    public List<PopulationStats> stats() {
        return List.copyOf(stats.values());
    }

    public PopulationStats stats(String populationId) {
        PopulationStats s = stats.get(populationId);
        if (s == null) {
            throw new GatingException("no gate or quadrant with id " + populationId + " in the result");
        }
        return s;
    }

    /** A copy of the population's membership: bit i set when event i is in it. */
    public BitSet membership(String populationId) {
        return (BitSet) bits(populationId).clone();
    }

    public boolean isMember(String populationId, int event) {
        return bits(populationId).get(event);
    }

    private BitSet bits(String populationId) {
        if (memberships == null) {
            throw new GatingException("event memberships were not kept for this result (counted only)");
        }
        BitSet b = memberships.get(populationId);
        if (b == null) {
            throw new GatingException("no gate or quadrant with id " + populationId + " in the result");
        }
        return b;
    }
}

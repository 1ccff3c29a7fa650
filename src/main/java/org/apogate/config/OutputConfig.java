package org.apogate.config;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a run writes besides the results table: plots, and event exports of chosen populations. */
public record OutputConfig(boolean plots, List<Population> exportPopulations) {

    public OutputConfig {
        exportPopulations = exportPopulations == null ? List.of() : List.copyOf(exportPopulations);
        Violations v = new Violations();
        Set<Population> seen = new HashSet<>();
        for (Population p : exportPopulations) {
            v.require(seen.add(p), "export_populations", "lists " + p.configName() + " twice");
        }
        v.throwIfAny();
    }

    public static OutputConfig defaults() {
        return new OutputConfig(true, List.of());
    }
}

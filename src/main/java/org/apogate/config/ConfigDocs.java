package org.apogate.config;

import java.util.Map;

/** One-line explanation of every config key (what it does, allowed values), written into templates. */
final class ConfigDocs {
    private static final Map<String, String> ROLES = Map.of(
            "annexin", "Annexin V channel (x axis of the quadrant plot).",
            "viability", "Viability dye channel (PI or 7-AAD; y axis of the quadrant plot).",
            "fsc_a", "Forward scatter area.",
            "fsc_h", "Forward scatter height (used with fsc_a for singlets).",
            "ssc_a", "Side scatter area.",
            "fsc_w", "Forward scatter width (alternative singlet axis).",
            "ssc_h", "Side scatter height.",
            "time", "Time channel.");

    private static final Map<String, String> PIN = Map.of(
            "name", "Detector name ($PnN) to use, e.g. 'FITC-A'; null = not pinned by name.",
            "stain", "Stain label ($PnS) to use, e.g. 'Annexin V'; null = not pinned by stain.",
            "regex", "Regular expression searched in \"$PnN $PnS\"; null = not pinned by regex. Set at most one of name/stain/regex; none = auto-detect.");

    private static final Map<String, String> DOCS = Map.ofEntries(
            Map.entry("version", "Config format version; must be 1."),
            Map.entry("seed", "Seed for all randomness (event sampling, clustering); any whole number."),
            Map.entry("channels", "Which channel plays each role; pin by name, stain or regex, or leave all null to auto-detect."),
            Map.entry("compensation", "Spillover compensation."),
            Map.entry("compensation.source", "auto (file keyword, else single-stain controls if present, else none) | keyword | file | controls | none."),
            Map.entry("compensation.file", "CSV/TSV spillover matrix; required with source: file, otherwise null."),
            Map.entry("transform", "Display transform applied before gating."),
            Map.entry("transform.kind", "logicle | asinh."),
            Map.entry("transform.logicle", "Logicle parameters (need 0 <= w <= m/2 and -w <= a <= m - 2w)."),
            Map.entry("transform.logicle.t", "Top of scale; null = from the channel's $PnR range; number > 0."),
            Map.entry("transform.logicle.w", "Linearization width in decades; null = estimated from the data; 0 .. m/2."),
            Map.entry("transform.logicle.m", "Decades of the display; number > 0 (typically 4.5)."),
            Map.entry("transform.logicle.a", "Extra negative decades; -w .. m - 2w (usually 0)."),
            Map.entry("transform.asinh", "Arcsinh parameters."),
            Map.entry("transform.asinh.cofactor", "Divide by this before asinh; number > 0 (e.g. 150 for conventional cytometers)."),
            Map.entry("gating", "Gating steps and thresholds."),
            Map.entry("gating.debris", "Debris removal on FSC-A/SSC-A."),
            Map.entry("gating.debris.method", "cluster (remove the low-scatter cluster) | none."),
            Map.entry("gating.debris.max_sample", "Most pass-1 sample events the debris line is fitted on (a seeded subsample when the sample is larger); whole number >= 100."),
            Map.entry("gating.singlets", "Doublet exclusion on the FSC-A/FSC-H ratio."),
            Map.entry("gating.singlets.enabled", "true | false."),
            Map.entry("gating.singlets.tolerance", "Keep events within this many robust sigmas of the median ratio; number > 0."),
            Map.entry("gating.thresholds", "Quadrant thresholds on annexin and viability."),
            Map.entry("gating.thresholds.methods", "Methods tried in order, first that applies wins; list of controls, auto, fixed."),
            Map.entry("gating.thresholds.control_percentile", "Percentile of the negative control population used as threshold; between 50 and 100."),
            Map.entry("gating.thresholds.auto", "Automatic thresholds from a mixture model of each axis."),
            Map.entry("gating.thresholds.auto.max_components", "Most mixture components per axis; whole number 2 .. 10."),
            Map.entry("gating.thresholds.auto.min_separation", "Least separation of negative and positive peaks to accept a split; number > 0."),
            Map.entry("gating.thresholds.fixed", "Fixed thresholds; set both annexin and viability, or neither."),
            Map.entry("gating.thresholds.fixed.annexin", "Annexin threshold; number or null."),
            Map.entry("gating.thresholds.fixed.viability", "Viability threshold; number or null."),
            Map.entry("gating.thresholds.fixed.units", "Scale of the fixed thresholds: raw (compensated values) | transformed."),
            Map.entry("gating.sample_size", "Events sampled (seeded reservoir) for fitting; whole number >= 100."),
            Map.entry("qc", "Quality-control flags."),
            Map.entry("qc.min_cells", "Flag samples with fewer gated cells; whole number >= 0."),
            Map.entry("qc.max_saturated_fraction", "Flag samples with more events at the top of scale; fraction 0 .. 1."),
            Map.entry("qc.min_separation", "Flag thresholds between poorly separated populations; number >= 0."),
            Map.entry("samples", "File-name patterns for control roles, used when there is no sample sheet."),
            Map.entry("samples.unstained", "Globs (case-insensitive, * and ?) marking unstained controls."),
            Map.entry("samples.annexin_only", "Globs marking annexin-only single-stain controls."),
            Map.entry("samples.viability_only", "Globs marking viability-dye-only single-stain controls."),
            Map.entry("samples.group_regex", "Regex with one capture group taking the group name from the file name; null = no groups."),
            Map.entry("output", "What is written besides the results table."),
            Map.entry("output.plots", "Write quadrant plots; true | false."),
            Map.entry("output.export_populations", "Populations exported as events; any of live, early_apoptotic, late_apoptotic, necrotic."));

    private ConfigDocs() {
    }

    /** The comment for a key path, or null when there is none. */
    static String commentFor(String path) {
        String doc = DOCS.get(path);
        if (doc != null) {
            return doc;
        }
        String[] parts = path.split("\\.");
        if (parts.length >= 2 && parts[0].equals("channels")) {
            return parts.length == 2 ? ROLES.get(parts[1]) : parts.length == 3 ? PIN.get(parts[2]) : null;
        }
        return null;
    }
}

package org.apogate.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A config as an ordered tree of plain values (maps, lists, strings, numbers, booleans, enums,
 * nulls) in schema order, the single shape from which YAML and templates are written.
 */
final class ConfigTree {
    private static final List<String> ALL_KEY_PATHS = collectPaths(of(ApoGateConfig.defaults()), "", new ArrayList<>());

    private ConfigTree() {
    }

    /** Every key path of the schema, e.g. {@code gating.thresholds.control_percentile}, in order. */
    static List<String> allKeyPaths() {
        return ALL_KEY_PATHS;
    }

    static Map<String, Object> of(ApoGateConfig c) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", c.version());
        root.put("seed", c.seed());
        Map<String, Object> channels = new LinkedHashMap<>();
        c.channels().byKey().forEach((key, pin) -> channels.put(key, pin(pin)));
        root.put("channels", channels);
        root.put("compensation", map("source", c.compensation().source(), "file", c.compensation().file()));
        LogicleConfig l = c.transform().logicle();
        root.put("transform", map("kind", c.transform().kind(),
                "logicle", map("t", l.t(), "w", l.w(), "m", l.m(), "a", l.a()),
                "asinh", map("cofactor", c.transform().asinh().cofactor())));
        GatingConfig g = c.gating();
        ThresholdConfig t = g.thresholds();
        root.put("gating", map(
                "debris", map("method", g.debris().method(), "max_sample", g.debris().maxSample()),
                "singlets", map("enabled", g.singlets().enabled(), "tolerance", g.singlets().tolerance()),
                "thresholds", map("methods", t.methods(), "control_percentile", t.controlPercentile(),
                        "auto", map("max_components", t.auto().maxComponents(),
                                "min_separation", t.auto().minSeparation()),
                        "fixed", map("annexin", t.fixed().annexin(), "viability", t.fixed().viability(),
                                "units", t.fixed().units())),
                "sample_size", g.sampleSize()));
        root.put("qc", map("min_cells", c.qc().minCells(), "max_saturated_fraction", c.qc().maxSaturatedFraction(),
                "min_separation", c.qc().minSeparation()));
        SamplePatterns s = c.samples();
        root.put("samples", map("unstained", s.unstained(), "annexin_only", s.annexinOnly(),
                "viability_only", s.viabilityOnly(), "group_regex", s.groupRegex()));
        root.put("output", map("plots", c.output().plots(), "export_populations", c.output().exportPopulations()));
        return root;
    }

    private static Map<String, Object> pin(RolePin p) {
        return map("name", p.name(), "stain", p.stain(), "regex", p.regex());
    }

    private static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    private static List<String> collectPaths(Map<String, Object> tree, String prefix, List<String> out) {
        for (Map.Entry<String, Object> e : tree.entrySet()) {
            String path = ConfigIssue.join(prefix, e.getKey());
            out.add(path);
            if (e.getValue() instanceof Map) {
                collectPaths((Map<String, Object>) e.getValue(), path, out);
            }
        }
        return List.copyOf(out);
    }
}

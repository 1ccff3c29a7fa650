package org.apogate.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Binds a located tree to {@link ApoGateConfig}, section by section, checking keys and types
 * against the schema and collecting every issue with its position.
 */
final class ConfigBinder {
    private final String source;
    private final List<ConfigIssue> issues = new ArrayList<>();

    ConfigBinder(String source) {
        this.source = source;
    }

    /** In file order, so a user can fix them top to bottom. */
    List<ConfigIssue> issues() {
        List<ConfigIssue> sorted = new ArrayList<>(issues);
        sorted.sort(Comparator.comparingInt(ConfigIssue::line).thenComparingInt(ConfigIssue::column));
        return List.copyOf(sorted);
    }

    void issue(int line, int column, String keyPath, String problem) {
        issues.add(new ConfigIssue(source, line, column, keyPath, problem));
    }

    /** " (did you mean x?)" from the keys valid here, else from the same key elsewhere in the schema. */
    String hint(String sectionPath, String key, List<String> valid) {
        String near = KeySuggester.nearest(key, valid);
        if (near != null) {
            return " (did you mean " + near + "?)";
        }
        String lower = key.toLowerCase(Locale.ROOT);
        for (String full : ConfigTree.allKeyPaths()) {
            String last = full.substring(full.lastIndexOf('.') + 1);
            if (last.equals(lower) && !full.equals(ConfigIssue.join(sectionPath, lower))) {
                return " (did you mean " + full + "? it belongs there)";
            }
        }
        return valid.isEmpty() ? "" : " (valid keys: " + String.join(", ", valid) + ")";
    }

    ApoGateConfig bind(LocatedNode rootNode) {
        Section root = Section.root(this, rootNode);
        root.allowOnly("version", "seed", "channels", "compensation", "transform", "gating", "qc", "samples", "output");
        ApoGateConfig d = ApoGateConfig.defaults();
        int version = root.integer("version", d.version());
        long seed = root.longInteger("seed", d.seed());
        ChannelsConfig channels = channels(root.child("channels"));
        CompensationConfig compensation = compensation(root.child("compensation"));
        TransformConfig transform = transform(root.child("transform"));
        GatingConfig gating = gating(root.child("gating"));
        QcConfig qc = qc(root.child("qc"));
        SamplePatterns samples = samples(root.child("samples"));
        OutputConfig output = output(root.child("output"));
        return root.build(() -> new ApoGateConfig(version, seed, channels, compensation, transform, gating, qc,
                samples, output), d);
    }

    private ChannelsConfig channels(Section s) {
        s.allowOnly("annexin", "viability", "fsc_a", "fsc_h", "ssc_a", "fsc_w", "ssc_h", "time");
        RolePin annexin = pin(s.child("annexin"));
        RolePin viability = pin(s.child("viability"));
        RolePin fscA = pin(s.child("fsc_a"));
        RolePin fscH = pin(s.child("fsc_h"));
        RolePin sscA = pin(s.child("ssc_a"));
        RolePin fscW = pin(s.child("fsc_w"));
        RolePin sscH = pin(s.child("ssc_h"));
        RolePin time = pin(s.child("time"));
        return s.build(() -> new ChannelsConfig(annexin, viability, fscA, fscH, sscA, fscW, sscH, time),
                ChannelsConfig.defaults());
    }

    private RolePin pin(Section s) {
        s.allowOnly("name", "stain", "regex");
        String name = s.nullableString("name", null);
        String stain = s.nullableString("stain", null);
        String regex = s.nullableString("regex", null);
        return s.build(() -> new RolePin(name, stain, regex), RolePin.auto());
    }

    private CompensationConfig compensation(Section s) {
        s.allowOnly("source", "file");
        CompensationConfig d = CompensationConfig.defaults();
        CompensationSource source = s.enumValue("source", CompensationSource.class, d.source());
        String file = s.nullableString("file", d.file());
        return s.build(() -> new CompensationConfig(source, file), d);
    }

    private TransformConfig transform(Section s) {
        s.allowOnly("kind", "logicle", "asinh");
        TransformConfig d = TransformConfig.defaults();
        TransformKind kind = s.enumValue("kind", TransformKind.class, d.kind());
        LogicleConfig logicle = logicle(s.child("logicle"));
        AsinhConfig asinh = asinh(s.child("asinh"));
        return s.build(() -> new TransformConfig(kind, logicle, asinh), d);
    }

    private LogicleConfig logicle(Section s) {
        s.allowOnly("t", "w", "m", "a");
        LogicleConfig d = LogicleConfig.defaults();
        Double t = s.nullableNumber("t", d.t());
        Double w = s.nullableNumber("w", d.w());
        double m = s.number("m", d.m());
        double a = s.number("a", d.a());
        return s.build(() -> new LogicleConfig(t, w, m, a), d);
    }

    private AsinhConfig asinh(Section s) {
        s.allowOnly("cofactor");
        AsinhConfig d = AsinhConfig.defaults();
        double cofactor = s.number("cofactor", d.cofactor());
        return s.build(() -> new AsinhConfig(cofactor), d);
    }

    private GatingConfig gating(Section s) {
        s.allowOnly("debris", "singlets", "thresholds", "sample_size");
        GatingConfig d = GatingConfig.defaults();
        DebrisConfig debris = debris(s.child("debris"));
        SingletConfig singlets = singlets(s.child("singlets"));
        ThresholdConfig thresholds = thresholds(s.child("thresholds"));
        int sampleSize = s.integer("sample_size", d.sampleSize());
        return s.build(() -> new GatingConfig(debris, singlets, thresholds, sampleSize), d);
    }

    private DebrisConfig debris(Section s) {
        s.allowOnly("method", "max_sample");
        DebrisConfig d = DebrisConfig.defaults();
        DebrisMethod method = s.enumValue("method", DebrisMethod.class, d.method());
        int maxSample = s.integer("max_sample", d.maxSample());
        return s.build(() -> new DebrisConfig(method, maxSample), d);
    }

    private SingletConfig singlets(Section s) {
        s.allowOnly("enabled", "tolerance");
        SingletConfig d = SingletConfig.defaults();
        boolean enabled = s.bool("enabled", d.enabled());
        double tolerance = s.number("tolerance", d.tolerance());
        return s.build(() -> new SingletConfig(enabled, tolerance), d);
    }

    private ThresholdConfig thresholds(Section s) {
        s.allowOnly("methods", "control_percentile", "auto", "fixed");
        ThresholdConfig d = ThresholdConfig.defaults();
        List<ThresholdMethod> methods = s.enumList("methods", ThresholdMethod.class, d.methods());
        double percentile = s.number("control_percentile", d.controlPercentile());
        AutoThresholdConfig auto = autoThreshold(s.child("auto"));
        FixedThresholds fixed = fixed(s.child("fixed"));
        return s.build(() -> new ThresholdConfig(methods, percentile, auto, fixed), d);
    }

    private AutoThresholdConfig autoThreshold(Section s) {
        s.allowOnly("max_components", "min_separation");
        AutoThresholdConfig d = AutoThresholdConfig.defaults();
        int maxComponents = s.integer("max_components", d.maxComponents());
        double minSeparation = s.number("min_separation", d.minSeparation());
        return s.build(() -> new AutoThresholdConfig(maxComponents, minSeparation), d);
    }

    private FixedThresholds fixed(Section s) {
        s.allowOnly("annexin", "viability", "units");
        FixedThresholds d = FixedThresholds.defaults();
        Double annexin = s.nullableNumber("annexin", d.annexin());
        Double viability = s.nullableNumber("viability", d.viability());
        ThresholdUnits units = s.enumValue("units", ThresholdUnits.class, d.units());
        return s.build(() -> new FixedThresholds(annexin, viability, units), d);
    }

    private QcConfig qc(Section s) {
        s.allowOnly("min_cells", "max_saturated_fraction", "min_separation");
        QcConfig d = QcConfig.defaults();
        int minCells = s.integer("min_cells", d.minCells());
        double maxSaturated = s.number("max_saturated_fraction", d.maxSaturatedFraction());
        double minSeparation = s.number("min_separation", d.minSeparation());
        return s.build(() -> new QcConfig(minCells, maxSaturated, minSeparation), d);
    }

    private SamplePatterns samples(Section s) {
        s.allowOnly("unstained", "annexin_only", "viability_only", "group_regex");
        SamplePatterns d = SamplePatterns.defaults();
        List<String> unstained = s.stringList("unstained", d.unstained());
        List<String> annexinOnly = s.stringList("annexin_only", d.annexinOnly());
        List<String> viabilityOnly = s.stringList("viability_only", d.viabilityOnly());
        String groupRegex = s.nullableString("group_regex", d.groupRegex());
        return s.build(() -> new SamplePatterns(unstained, annexinOnly, viabilityOnly, groupRegex), d);
    }

    private OutputConfig output(Section s) {
        s.allowOnly("plots", "export_populations");
        OutputConfig d = OutputConfig.defaults();
        boolean plots = s.bool("plots", d.plots());
        List<Population> export = s.enumList("export_populations", Population.class, d.exportPopulations());
        return s.build(() -> new OutputConfig(plots, export), d);
    }
}

package org.apogate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Effective YAML: complete, in schema order, readable by an independent YAML parser, and round-trips. */
class ConfigWriterTest {

    private static ApoGateConfig unusual() {
        return new ApoGateConfig(1, Long.MIN_VALUE,
                new ChannelsConfig(RolePin.byRegex("^(FL1|FITC)[-_]A\\b 'x' \"y\""), RolePin.byStain("Propidium iodide: 7µM"),
                        RolePin.byName("FSC-A\ttab"), null, null, null, null, RolePin.byName("#Time")),
                new CompensationConfig(CompensationSource.FILE, "C:\\data\\spill matrix.csv"),
                new TransformConfig(TransformKind.ASINH, new LogicleConfig(1e20, 0.1 + 0.2, 4.5, -0.1), new AsinhConfig(1e-7)),
                new GatingConfig(new DebrisConfig(DebrisMethod.NONE, 100), new SingletConfig(false, 1e300),
                        new ThresholdConfig(List.of(ThresholdMethod.FIXED), 99.99,
                                new AutoThresholdConfig(10, 0.25), new FixedThresholds(-1.5, 2e6, ThresholdUnits.TRANSFORMED)),
                        Integer.MAX_VALUE),
                new QcConfig(0, 1.0, 0.0),
                new SamplePatterns(List.of("*[uU]nst*", "a?b"), List.of(), List.of("*PI-only*"), "^(?:exp_)?([A-Z]+)_"),
                new OutputConfig(false, List.of(Population.NECROTIC, Population.LIVE)));
    }

    @Test
    void effectiveYamlReadsBackEqual() {
        for (ApoGateConfig c : List.of(ApoGateConfig.defaults(), unusual())) {
            String yaml = ConfigWriter.effectiveYaml(c);
            assertEquals(c, ConfigLoader.parse(yaml, "effective.yaml"), yaml);
        }
    }

    @Test
    void everyPresetRoundTrips() {
        for (String name : Presets.names()) {
            ApoGateConfig c = Presets.load(name);
            assertEquals(c, ConfigLoader.parse(ConfigWriter.effectiveYaml(c), name + ".yaml"), name);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void effectiveYamlHasEverySchemaKeyInSchemaOrder() throws Exception {
        String yaml = ConfigWriter.effectiveYaml(ApoGateConfig.defaults());
        Map<String, Object> tree = new ObjectMapper(new YAMLFactory()).readValue(yaml, Map.class);
        assertEquals(List.of("version", "seed", "channels", "compensation", "transform", "gating", "qc", "samples", "output"),
                new ArrayList<>(tree.keySet()));
        Map<String, Object> gating = (Map<String, Object>) tree.get("gating");
        assertEquals(List.of("debris", "singlets", "thresholds", "sample_size"), new ArrayList<>(gating.keySet()));
        Map<String, Object> thresholds = (Map<String, Object>) gating.get("thresholds");
        assertEquals(List.of("controls", "auto", "fixed"), thresholds.get("methods"));
        assertEquals(99.5, thresholds.get("control_percentile"));
        Map<String, Object> channels = (Map<String, Object>) tree.get("channels");
        assertEquals(List.of("annexin", "viability", "fsc_a", "fsc_h", "ssc_a", "fsc_w", "ssc_h", "time"),
                new ArrayList<>(channels.keySet()));
        Map<String, Object> annexin = (Map<String, Object>) channels.get("annexin");
        assertTrue(annexin.containsKey("name") && annexin.get("name") == null);
        Map<String, Object> samples = (Map<String, Object>) tree.get("samples");
        assertEquals(List.of("*pi*only*", "*7aad*only*", "*7-aad*only*"), samples.get("viability_only"));
        assertEquals(20240601, tree.get("seed"));
    }

    @Test
    void effectiveYamlIsDeterministic() {
        assertEquals(ConfigWriter.effectiveYaml(unusual()), ConfigWriter.effectiveYaml(unusual()));
    }

    @Test
    void sha256IsOfTheEffectiveYamlAndChangesWithAnyValue() {
        String h = ConfigWriter.sha256(ApoGateConfig.defaults());
        assertTrue(h.matches("[0-9a-f]{64}"), h);
        // Writing defaults explicitly or leaving them out is the same effective config.
        assertEquals(h, ConfigWriter.sha256(ConfigLoader.parse("seed: 20240601\nqc: {min_cells: 1000}\n", "c.yaml")));
        assertNotEquals(h, ConfigWriter.sha256(ConfigLoader.parse("qc: {min_cells: 1001}\n", "c.yaml")));
        assertNotEquals(h, ConfigWriter.sha256(ConfigLoader.parse("gating: {thresholds: {control_percentile: 99.4}}\n", "c.yaml")));
    }

    @Test
    void sha256OfKnownBytes() throws Exception {
        // Reference digest computed by the JDK over the same bytes, independent of our hex formatting.
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                .digest(ConfigWriter.effectiveYaml(ApoGateConfig.defaults()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(java.util.HexFormat.of().formatHex(digest), ConfigWriter.sha256(ApoGateConfig.defaults()));
    }
}

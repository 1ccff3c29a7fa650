package org.apogate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading valid configs: every schema key lands in the right record field; defaults match the schema. */
class ConfigLoaderTest {

    @Test
    void defaultsAreTheDocumentedSchemaValues() {
        ApoGateConfig d = ApoGateConfig.defaults();
        assertEquals(1, d.version());
        assertEquals(20240601L, d.seed());
        assertTrue(d.channels().annexin().isAuto());
        assertTrue(d.channels().time().isAuto());
        assertEquals(CompensationSource.AUTO, d.compensation().source());
        assertNull(d.compensation().file());
        assertEquals(TransformKind.LOGICLE, d.transform().kind());
        assertNull(d.transform().logicle().t());
        assertNull(d.transform().logicle().w());
        assertEquals(4.5, d.transform().logicle().m());
        assertEquals(0.0, d.transform().logicle().a());
        assertEquals(150.0, d.transform().asinh().cofactor());
        assertEquals(DebrisMethod.CLUSTER, d.gating().debris().method());
        assertEquals(50000, d.gating().debris().maxSample()); // the default sample_size: the whole sample
        assertTrue(d.gating().singlets().enabled());
        assertEquals(4.0, d.gating().singlets().tolerance());
        assertEquals(List.of(ThresholdMethod.CONTROLS, ThresholdMethod.AUTO, ThresholdMethod.FIXED),
                d.gating().thresholds().methods());
        assertEquals(99.5, d.gating().thresholds().controlPercentile());
        assertEquals(3, d.gating().thresholds().auto().maxComponents());
        assertEquals(1.5, d.gating().thresholds().auto().minSeparation());
        assertNull(d.gating().thresholds().fixed().annexin());
        assertEquals(ThresholdUnits.RAW, d.gating().thresholds().fixed().units());
        assertEquals(50000, d.gating().sampleSize());
        assertEquals(1000, d.qc().minCells());
        assertEquals(0.05, d.qc().maxSaturatedFraction());
        assertEquals(1.0, d.qc().minSeparation());
        assertEquals(List.of("*unstained*", "*unst*"), d.samples().unstained());
        assertEquals(List.of("*annexin*only*", "*annv*only*"), d.samples().annexinOnly());
        assertEquals(List.of("*pi*only*", "*7aad*only*", "*7-aad*only*"), d.samples().viabilityOnly());
        assertNull(d.samples().groupRegex());
        assertTrue(d.output().plots());
        assertEquals(List.of(), d.output().exportPopulations());
    }

    @Test
    void emptyFileAndCommentOnlyFileGiveDefaults() {
        assertEquals(ApoGateConfig.defaults(), ConfigLoader.parse("", "empty.yaml"));
        assertEquals(ApoGateConfig.defaults(), ConfigLoader.parse("# nothing here\n", "c.yaml"));
        assertEquals(ApoGateConfig.defaults(), ConfigLoader.parse("{}", "c.json"));
    }

    @Test
    void readsEveryKeyFromYaml() {
        String yaml = """
                version: 1
                seed: 7
                channels:
                  annexin: { name: FITC-A }
                  viability: { stain: PI }
                  fsc_a: { regex: '^FSC.*-A$' }
                  time: { name: Time }
                compensation:
                  source: file
                  file: spill.csv
                transform:
                  kind: asinh
                  logicle: { t: 262144, w: 0.5, m: 4.5, a: 0 }
                  asinh: { cofactor: 5 }
                gating:
                  debris: { method: none, max_sample: 5000 }
                  singlets: { enabled: false, tolerance: 3.5 }
                  thresholds:
                    methods: [fixed, controls]
                    control_percentile: 98
                    auto: { max_components: 4, min_separation: 2.0 }
                    fixed: { annexin: 1200.5, viability: 800, units: transformed }
                  sample_size: 10000
                qc:
                  min_cells: 500
                  max_saturated_fraction: 0.1
                  min_separation: 0.5
                samples:
                  unstained: ["*blank*"]
                  annexin_only: []
                  viability_only: ["*pi_only*"]
                  group_regex: '^(\\w+)_'
                output:
                  plots: false
                  export_populations: [early_apoptotic, necrotic]
                """;
        ApoGateConfig c = ConfigLoader.parse(yaml, "full.yaml");
        assertEquals(7L, c.seed());
        assertEquals(RolePin.byName("FITC-A"), c.channels().annexin());
        assertEquals(RolePin.byStain("PI"), c.channels().viability());
        assertEquals(RolePin.byRegex("^FSC.*-A$"), c.channels().fscA());
        assertEquals(RolePin.byName("Time"), c.channels().time());
        assertTrue(c.channels().sscA().isAuto());
        assertEquals(new CompensationConfig(CompensationSource.FILE, "spill.csv"), c.compensation());
        assertEquals(new TransformConfig(TransformKind.ASINH, new LogicleConfig(262144.0, 0.5, 4.5, 0.0),
                new AsinhConfig(5.0)), c.transform());
        assertEquals(new DebrisConfig(DebrisMethod.NONE, 5000), c.gating().debris());
        assertEquals(new SingletConfig(false, 3.5), c.gating().singlets());
        assertEquals(new ThresholdConfig(List.of(ThresholdMethod.FIXED, ThresholdMethod.CONTROLS), 98.0,
                new AutoThresholdConfig(4, 2.0), new FixedThresholds(1200.5, 800.0, ThresholdUnits.TRANSFORMED)),
                c.gating().thresholds());
        assertEquals(10000, c.gating().sampleSize());
        assertEquals(new QcConfig(500, 0.1, 0.5), c.qc());
        assertEquals(new SamplePatterns(List.of("*blank*"), List.of(), List.of("*pi_only*"), "^(\\w+)_"), c.samples());
        assertEquals(new OutputConfig(false, List.of(Population.EARLY_APOPTOTIC, Population.NECROTIC)), c.output());
    }

    @Test
    void jsonIsReadByExtensionAndBySniffing() {
        String json = """
                {"seed": 11, "gating": {"thresholds": {"control_percentile": 97.5}},
                 "output": {"export_populations": ["live"]}}
                """;
        for (String name : List.of("c.json", "config.txt")) {
            ApoGateConfig c = ConfigLoader.parse(json, name);
            assertEquals(11L, c.seed());
            assertEquals(97.5, c.gating().thresholds().controlPercentile());
            assertEquals(List.of(Population.LIVE), c.output().exportPopulations());
        }
    }

    @Test
    void nullSectionMeansDefaultsAndNullListMeansEmpty() {
        ApoGateConfig c = ConfigLoader.parse("channels:\nqc:\nsamples:\n  unstained:\n", "c.yaml");
        assertEquals(ChannelsConfig.defaults(), c.channels());
        assertEquals(QcConfig.defaults(), c.qc());
        assertEquals(List.of(), c.samples().unstained());
        assertEquals(SamplePatterns.defaults().annexinOnly(), c.samples().annexinOnly());
    }

    @Test
    void loadsFromAFileAndNamesTheFileInErrors(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("run.yaml");
        Files.writeString(good, "seed: 3\n", StandardCharsets.UTF_8);
        assertEquals(3L, ConfigLoader.load(good).seed());

        Path bad = dir.resolve("bad.yml");
        Files.writeString(bad, "seed: 3\nqc:\n  min_cels: 4\n", StandardCharsets.UTF_8);
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(bad));
        assertEquals(bad.toString(), e.file());
        assertEquals(3, e.line());
        assertEquals(3, e.column());
        assertEquals("qc.min_cels", e.keyPath());
    }

    @Test
    void missingAndNonUtf8FilesAreConfigErrors(@TempDir Path dir) throws Exception {
        ConfigException missing = assertThrows(ConfigException.class, () -> ConfigLoader.load(dir.resolve("nope.yaml")));
        assertTrue(missing.getMessage().endsWith("file not found"), missing.getMessage());

        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, new byte[] {'s', 'e', 'e', 'd', ':', ' ', (byte) 0xE9, '\n'});
        ConfigException enc = assertThrows(ConfigException.class, () -> ConfigLoader.load(latin1));
        assertTrue(enc.getMessage().contains("not valid UTF-8"), enc.getMessage());
    }
}

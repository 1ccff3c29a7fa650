package org.apogate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every kind of config error, with its line:column (counted by hand in the texts below) and key path. */
class ConfigErrorsTest {

    private static ConfigIssue only(String text, String source) {
        List<ConfigIssue> issues = ConfigValidator.validate(text, source);
        assertEquals(1, issues.size(), () -> "expected one issue, got " + issues);
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(text, source));
        assertEquals(issues.get(0).format(), e.getMessage());
        return issues.get(0);
    }

    private static void assertAt(ConfigIssue issue, int line, int column, String keyPath) {
        assertEquals(line, issue.line(), issue::format);
        assertEquals(column, issue.column(), issue::format);
        assertEquals(keyPath, issue.keyPath(), issue::format);
    }

    @Test
    void outOfRangeValueMessageIsOneLineWithFileLineColumnAndPath() {
        String yaml = """
                version: 1
                seed: 1
                channels:
                  annexin:
                    name: FITC-A
                transform:
                  kind: logicle
                gating:
                  debris:
                    method: cluster
                  thresholds:
                    control_percentile: 120
                """;
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(yaml, "config.yaml"));
        assertEquals("config.yaml:12:5: gating.thresholds.control_percentile: must be between 50 and 100, got 120",
                e.getMessage());
        assertEquals("config.yaml", e.file());
        assertEquals(12, e.line());
        assertEquals(5, e.column());
        assertEquals("gating.thresholds.control_percentile", e.keyPath());
    }

    @Test
    void percentileBoundsAreExclusive() {
        assertAt(only("gating: {thresholds: {control_percentile: 50}}", "c.yaml"), 1, 23, "gating.thresholds.control_percentile");
        assertAt(only("gating: {thresholds: {control_percentile: 100}}", "c.yaml"), 1, 23, "gating.thresholds.control_percentile");
        assertEquals(50.5, ConfigLoader.parse("gating: {thresholds: {control_percentile: 50.5}}", "c.yaml")
                .gating().thresholds().controlPercentile());
    }

    @Test
    void unknownKeyNamesTheNearestValidKey() {
        ConfigIssue i = only("gating:\n  thresholds:\n    control_percentil: 99\n", "c.yaml");
        assertAt(i, 3, 5, "gating.thresholds.control_percentil");
        assertEquals("c.yaml:3:5: gating.thresholds.control_percentil: unknown key (did you mean control_percentile?)",
                i.format());
    }

    @Test
    void unknownKeyInTheWrongSectionPointsToWhereItBelongs() {
        ConfigIssue i = only("qc:\n  min_cells: 5\ncontrol_percentile: 99\n", "c.yaml");
        assertAt(i, 3, 1, "control_percentile");
        assertTrue(i.problem().contains("did you mean gating.thresholds.control_percentile?"), i.problem());
    }

    @Test
    void unknownKeyWithoutNearMatchListsValidKeys() {
        ConfigIssue i = only("output:\n  colour: red\n", "c.yaml");
        assertAt(i, 2, 3, "output.colour");
        assertTrue(i.problem().contains("valid keys: plots, export_populations"), i.problem());
    }

    @Test
    void wrongTypesAreReportedAtTheKey() {
        assertAt(only("gating:\n  sample_size: abc\n", "c.yaml"), 2, 3, "gating.sample_size");
        assertEquals("expected a whole number, got string 'abc'",
                only("gating:\n  sample_size: abc\n", "c.yaml").problem());
        assertEquals("expected a number, got string 'high'",
                only("qc: {max_saturated_fraction: high}", "c.yaml").problem());
        assertEquals("expected a whole number, got number 2.5",
                only("qc:\n  min_cells: 2.5\n", "c.yaml").problem());
        assertEquals("expected true or false, got string 'maybe'",
                only("output:\n  plots: maybe\n", "c.yaml").problem());
        assertEquals("expected a mapping of keys, got number 5",
                only("transform:\n  logicle: 5\n", "c.yaml").problem());
        assertEquals("expected a list such as [a, b], got string 'live'",
                only("output:\n  export_populations: live\n", "c.yaml").problem());
        assertEquals("expected a string or null, got boolean true",
                only("channels:\n  annexin: {name: true}\n", "c.yaml").problem());
        assertEquals("expected a number, got null", only("transform: {logicle: {m: null}}", "c.yaml").problem());
    }

    @Test
    void quotedNumbersAreStringsNotNumbers() {
        ConfigIssue i = only("seed: \"12\"\n", "c.yaml");
        assertAt(i, 1, 1, "seed");
        assertEquals("expected a whole number, got string '12'", i.problem());
    }

    @Test
    void numbersOutsideTheirTypeAreRejected() {
        ConfigIssue i = only("seed: 99999999999999999999\n", "c.yaml");
        assertAt(i, 1, 1, "seed");
        assertTrue(i.problem().startsWith("whole number 99999999999999999999 is out of range"), i.problem());
        assertAt(only("gating:\n  sample_size: 3000000000\n", "c.yaml"), 2, 3, "gating.sample_size");
    }

    @Test
    void badEnumValueListsChoicesAndSuggests() {
        ConfigIssue i = only("transform:\n  kind: logicl\n", "c.yaml");
        assertAt(i, 2, 3, "transform.kind");
        assertEquals("must be one of logicle, asinh, got 'logicl' (did you mean logicle?)", i.problem());
        ConfigIssue cased = only("compensation: {source: Keyword}", "c.yaml");
        assertTrue(cased.problem().contains("got 'Keyword' (did you mean keyword?)"), cased.problem());
    }

    @Test
    void badListItemIsReportedAtTheItem() {
        ConfigIssue i = only("gating:\n  thresholds:\n    methods: [controls, atuo]\n", "c.yaml");
        assertAt(i, 3, 25, "gating.thresholds.methods[1]");
        assertTrue(i.problem().endsWith("got 'atuo' (did you mean auto?)"), i.problem());

        ConfigIssue block = only("output:\n  export_populations:\n    - live\n    - dead\n", "c.yaml");
        assertAt(block, 4, 7, "output.export_populations[1]");
    }

    @Test
    void listRulesInsideRecords() {
        assertAt(only("gating:\n  thresholds:\n    methods: []\n", "c.yaml"), 3, 5, "gating.thresholds.methods");
        assertEquals("lists auto twice",
                only("gating:\n  thresholds:\n    methods: [auto, auto]\n", "c.yaml").problem());
        assertAt(only("output: {export_populations: [live, live]}", "c.yaml"), 1, 10, "output.export_populations");
    }

    @Test
    void crossFieldRulesNameTheKeyToFix() {
        // The missing key is reported at its section.
        assertAt(only("compensation:\n  source: file\n", "c.yaml"), 1, 1, "compensation.file");
        assertAt(only("compensation:\n  source: keyword\n  file: m.csv\n", "c.yaml"), 3, 3, "compensation.file");
        assertAt(only("channels:\n  annexin: {name: FITC-A, stain: AnnV}\n", "c.yaml"), 2, 27, "channels.annexin.stain");
        assertAt(only("channels:\n  annexin: {name: FITC-A}\n  viability: {name: fitc-a}\n", "c.yaml"), 3, 3,
                "channels.viability");
        assertAt(only("gating:\n  thresholds:\n    fixed: {annexin: 10}\n", "c.yaml"), 3, 5,
                "gating.thresholds.fixed.viability");
        assertAt(only("gating:\n  thresholds:\n    methods: [fixed]\n", "c.yaml"), 2, 3, "gating.thresholds.fixed");
        assertAt(only("gating:\n  thresholds:\n    methods: [auto]\n    fixed: {annexin: 1, viability: 2}\n", "c.yaml"),
                4, 5, "gating.thresholds.fixed");
    }

    @Test
    void logicleConstraintsFollowGatingMl() {
        assertAt(only("transform:\n  logicle: {m: 0}\n", "c.yaml"), 2, 13, "transform.logicle.m");
        assertAt(only("transform:\n  logicle: {w: 3}\n", "c.yaml"), 2, 13, "transform.logicle.w");
        assertAt(only("transform:\n  logicle: {w: 1, a: -1.5}\n", "c.yaml"), 2, 19, "transform.logicle.a");
        assertAt(only("transform:\n  logicle: {t: -5}\n", "c.yaml"), 2, 13, "transform.logicle.t");
        assertAt(only("transform:\n  asinh: {cofactor: 0}\n", "c.yaml"), 2, 11, "transform.asinh.cofactor");
    }

    @Test
    void patternsAreCheckedAtLoad() {
        assertAt(only("samples:\n  unstained: ['ok*', '[abc']\n", "c.yaml"), 2, 22, "samples.unstained[1]");
        ConfigIssue groups = only("samples:\n  group_regex: '(a)_(b)'\n", "c.yaml");
        assertAt(groups, 2, 3, "samples.group_regex");
        assertTrue(groups.problem().contains("exactly one capture group"), groups.problem());
        assertAt(only("samples:\n  group_regex: '(a'\n", "c.yaml"), 2, 3, "samples.group_regex");
        assertAt(only("channels:\n  viability:\n    regex: '[PI'\n", "c.yaml"), 3, 5, "channels.viability.regex");
    }

    @Test
    void unsupportedVersion() {
        ConfigIssue i = only("version: 2\n", "c.yaml");
        assertAt(i, 1, 1, "version");
        assertEquals("unsupported config version 2, this ApoGate reads version 1", i.problem());
    }

    @Test
    void duplicateKeysAreErrorsInYamlAndJson() {
        ConfigIssue y = only("seed: 1\nqc: {}\nseed: 2\n", "c.yaml");
        assertAt(y, 3, 1, "seed");
        assertEquals("duplicate key (first given at line 1:1)", y.problem());
        assertAt(only("{\"seed\": 1, \"seed\": 2}", "c.json"), 1, 13, "seed");
    }

    @Test
    void syntaxErrorsCarryThePositionOfTheProblem() {
        ConfigIssue y = only("seed: 1\nqc: [1, 2\n", "c.yaml");
        assertEquals(3, y.line(), y::format);
        assertTrue(y.problem().startsWith("syntax error: while parsing a flow sequence"), y.problem());

        ConfigIssue j = only("{\"seed\": 1,\n \"qc\": }\n", "c.json");
        assertEquals(2, j.line(), j::format);
        assertEquals(8, j.column(), j::format);
        assertTrue(j.problem().startsWith("syntax error: Unexpected character ('}'"), j.problem());
        assertTrue(!j.problem().contains("Source"), j.problem());
    }

    @Test
    void yamlFeaturesThatWouldBeMisreadAreRejected() {
        ConfigIssue alias = only("qc: &q {min_cells: 5}\noutput: *q\n", "c.yaml");
        assertAt(alias, 2, 9, "");
        assertTrue(alias.problem().contains("aliases"), alias.problem());
        assertAt(only("seed: 1\n---\nseed: 2\n", "c.yaml"), 3, 1, "");
        ConfigIssue list = only("- seed: 1\n", "c.yaml");
        assertAt(list, 1, 1, "");
        assertTrue(list.problem().startsWith("the config must be a mapping"), list.problem());
    }

    @Test
    void validatorReturnsAllIssuesInFileOrder() {
        String yaml = """
                seed: abc
                gating:
                  thresholds:
                    control_percentile: 120
                    methods: [controls, atuo]
                  debris: {method: clustr}
                qc:
                  min_cell: 5
                  max_saturated_fraction: 2
                output:
                  plots: yes please
                """;
        List<ConfigIssue> issues = ConfigValidator.validate(yaml, "many.yaml");
        assertEquals(List.of("seed", "gating.thresholds.control_percentile", "gating.thresholds.methods[1]",
                "gating.debris.method", "qc.min_cell", "qc.max_saturated_fraction", "output.plots"),
                issues.stream().map(ConfigIssue::keyPath).toList());
        assertEquals(List.of(1, 4, 5, 6, 8, 9, 11), issues.stream().map(ConfigIssue::line).toList());
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(yaml, "many.yaml"));
        assertEquals(7, e.issues().size());
        assertTrue(e.getMessage().endsWith("(and 6 more)"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"));
    }

    @Test
    void validFileHasNoIssues() {
        assertEquals(List.of(), ConfigValidator.validate("seed: 5\n", "ok.yaml"));
    }

    @Test
    void recordsRejectBadValuesWhenBuiltInCodeToo() {
        ConfigException e = assertThrows(ConfigException.class, () -> new QcConfig(-1, 0.05, 1.0));
        assertEquals("min_cells: must be >= 0, got -1", e.getMessage());
        assertEquals("min_cells", e.keyPath());
        assertEquals(0, e.line());
    }
}

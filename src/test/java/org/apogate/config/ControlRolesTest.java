package org.apogate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Roles and groups from file names with the default and custom patterns. */
class ControlRolesTest {
    private final ControlRoles defaults = new ControlRoles(SamplePatterns.defaults());

    private SampleRole role(String name) {
        return defaults.assign(name).role();
    }

    @Test
    void defaultPatternsRecogniseCommonControlNames() {
        assertEquals(SampleRole.UNSTAINED, role("Unstained.fcs"));
        assertEquals(SampleRole.UNSTAINED, role("exp12_UNST_001.fcs"));
        assertEquals(SampleRole.ANNEXIN_ONLY, role("Annexin V only.fcs"));
        assertEquals(SampleRole.ANNEXIN_ONLY, role("AnnV_only_ctrl.fcs"));
        assertEquals(SampleRole.VIABILITY_ONLY, role("PI only.fcs"));
        assertEquals(SampleRole.VIABILITY_ONLY, role("7AAD-only.fcs"));
        assertEquals(SampleRole.VIABILITY_ONLY, role("7-AAD only.fcs"));
        assertEquals(SampleRole.SAMPLE, role("Specimen_001_A01.fcs"));
        assertEquals(SampleRole.SAMPLE, role("staurosporine 1uM.fcs"));
    }

    @Test
    void onlyTheFileNameIsMatchedNotTheDirectories() {
        assertEquals(SampleRole.SAMPLE, role("/data/unstained_batch/A01.fcs"));
        assertEquals(SampleRole.UNSTAINED, role("C:\\runs\\tube unstained.fcs"));
    }

    @Test
    void ambiguousNamesTakeTheFirstRoleAndWarn() {
        RoleAssignment a = defaults.assign("unstained annexin only.fcs");
        assertEquals(SampleRole.UNSTAINED, a.role());
        assertEquals(1, a.warnings().size());
        assertTrue(a.warnings().get(0).contains("unstained and annexin_only"), a.warnings().get(0));
        assertTrue(defaults.assign("A01.fcs").warnings().isEmpty());
    }

    @Test
    void groupComesFromTheSingleCaptureGroup() {
        SamplePatterns p = new SamplePatterns(List.of("*unst*"), List.of(), List.of(), "^(?:exp\\d+_)?([A-Za-z]+)_\\d+");
        ControlRoles roles = new ControlRoles(p);
        assertEquals(new RoleAssignment(SampleRole.SAMPLE, "DMSO", List.of()), roles.assign("exp3_DMSO_01.fcs"));
        assertEquals(new RoleAssignment(SampleRole.UNSTAINED, "unst", List.of()), roles.assign("unst_2.fcs"));
        RoleAssignment none = roles.assign("mystery.fcs");
        assertEquals("", none.group());
        assertFalse(none.warnings().isEmpty());
        assertEquals(SampleRole.SAMPLE, ControlRoles.assign("x.fcs", p).role());
    }

    @Test
    void globSyntax() {
        assertTrue(Globs.compile("a?c*.fcs").matcher("ABC_1.FCS").matches());
        assertFalse(Globs.compile("a?c*.fcs").matcher("ac.fcs").matches());
        assertTrue(Globs.compile("tube[0-9].fcs").matcher("tube7.fcs").matches());
        assertFalse(Globs.compile("tube[!0-9].fcs").matcher("tube7.fcs").matches());
        assertTrue(Globs.compile("tube[!0-9].fcs").matcher("tubeX.fcs").matches());
        // Regex metacharacters in globs are literal.
        assertTrue(Globs.compile("a+b (1).fcs").matcher("A+B (1).fcs").matches());
        assertFalse(Globs.compile("a+b.fcs").matcher("aab.fcs").matches());
    }

    @Test
    void keySuggesterDistances() {
        assertEquals(1, KeySuggester.distance("atuo", "auto"));
        assertEquals(3, KeySuggester.distance("kitten", "sitting"));
        assertEquals("control_percentile", KeySuggester.nearest("Control-Percentile", List.of("methods", "control_percentile")));
        assertEquals(null, KeySuggester.nearest("zzz", List.of("methods", "auto")));
    }
}

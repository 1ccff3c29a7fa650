package org.apogate.auto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apogate.testing.Corpus;
import org.junit.jupiter.api.Test;

class ChannelRoleDetectorTest {
    private final ChannelRoleDetector detector = new ChannelRoleDetector();

    /** $PnN / $PnS of a corpus file as listed in oracle.json (the first data set). */
    private static List<List<String>> corpusChannels(String fileName) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Corpus.file("oracle.json").toFile());
        for (JsonNode f : root) {
            if (f.get("path").asText().endsWith("/" + fileName)) {
                List<String> names = new ArrayList<>();
                List<String> stains = new ArrayList<>();
                for (JsonNode p : f.get("datasets").get(0).get("params")) {
                    names.add(p.get("PnN").asText());
                    JsonNode s = p.get("PnS");
                    stains.add(s == null || s.isNull() ? null : s.asText());
                }
                return List.of(names, stains);
            }
        }
        throw new AssertionError("no " + fileName + " in oracle.json");
    }

    private static String nameOf(List<String> names, ChannelRoles r, ChannelRole role) {
        return names.get(r.require(role));
    }

    @Test
    void accuriC6FileUsesFl1AndFl2() throws IOException {
        List<List<String>> ch = corpusChannels("B01 KC-A-W---91-US.fcs");
        ChannelRoles r = detector.detect(ch.get(0), ch.get(1), Map.of());
        assertEquals("FL1-A", nameOf(ch.get(0), r, ChannelRole.ANNEXIN));
        assertEquals("FL2-A", nameOf(ch.get(0), r, ChannelRole.VIABILITY));
        assertEquals("FSC-A", nameOf(ch.get(0), r, ChannelRole.FSC_A));
        assertEquals("FSC-H", nameOf(ch.get(0), r, ChannelRole.FSC_H));
        assertEquals("SSC-A", nameOf(ch.get(0), r, ChannelRole.SSC_A));
        assertEquals("Time", nameOf(ch.get(0), r, ChannelRole.TIME));
        assertFalse(r.warnings().isEmpty(), "convention-based choice must be reported");
    }

    @Test
    void fortessaFileUsesFitcAndPiPeakDetector() throws IOException {
        List<List<String>> ch = corpusChannels("FCS_3.0_Fortessa_PBS_Specimen_001_A1_A01.fcs");
        ChannelRoles r = detector.detect(ch.get(0), ch.get(1), Map.of());
        assertEquals("FITC-A", nameOf(ch.get(0), r, ChannelRole.ANNEXIN));
        assertEquals("PE-Texas Red-A", nameOf(ch.get(0), r, ChannelRole.VIABILITY));
        assertEquals("FSC-W", nameOf(ch.get(0), r, ChannelRole.FSC_W));
        assertEquals("SSC-H", nameOf(ch.get(0), r, ChannelRole.SSC_H));
    }

    @Test
    void sevenAadStainWinsOverConvention() throws IOException {
        List<List<String>> ch = corpusChannels("index_sorted_example.fcs");
        ChannelRoles r = detector.detect(ch.get(0), ch.get(1), Map.of());
        assertEquals("BL 695/40-A", nameOf(ch.get(0), r, ChannelRole.VIABILITY));
        assertEquals("BL 530/30-A", nameOf(ch.get(0), r, ChannelRole.ANNEXIN));
    }

    @Test
    void attuneFile() throws IOException {
        List<List<String>> ch = corpusChannels("G11.fcs");
        ChannelRoles r = detector.detect(ch.get(0), ch.get(1), Map.of());
        assertEquals("BL1-A", nameOf(ch.get(0), r, ChannelRole.ANNEXIN));
        assertEquals("YL2-A", nameOf(ch.get(0), r, ChannelRole.VIABILITY));
    }

    @Test
    void macsQuantDetectorNamesInStains() throws IOException {
        List<List<String>> ch = corpusChannels("EY_2013-07-19_PBS_FCS_3.1_Well_A1.001.fcs");
        ChannelRoles r = detector.detect(ch.get(0), ch.get(1), Map.of());
        assertEquals("FL7-A", nameOf(ch.get(0), r, ChannelRole.ANNEXIN)); // $PnS B1-A
        assertEquals("FL4-A", nameOf(ch.get(0), r, ChannelRole.VIABILITY)); // $PnS Y2-A
        assertEquals("Time", nameOf(ch.get(0), r, ChannelRole.TIME));
    }

    @Test
    void facsCaliburHeightOnlyFallsBackWithWarning() throws IOException {
        List<List<String>> ch = corpusChannels("data1.fcs");
        ChannelRoles r = detector.detect(ch.get(0), ch.get(1), Map.of());
        assertEquals("FSC-H", nameOf(ch.get(0), r, ChannelRole.FSC_A));
        assertFalse(r.has(ChannelRole.FSC_H));
        assertEquals("FL1-H", nameOf(ch.get(0), r, ChannelRole.ANNEXIN));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("singlet")));
    }

    @Test
    void missingViabilityListsChannelsAndPinHint() throws IOException {
        List<List<String>> ch = corpusChannels("100715.fcs");
        AutoGatingException e = assertThrows(AutoGatingException.class,
                () -> detector.detect("100715.fcs", ch.get(0), ch.get(1), Map.of()));
        assertTrue(e.getMessage().contains("viability"), e.getMessage());
        assertTrue(e.getMessage().contains("channels: viability: name:"), e.getMessage());
        assertTrue(e.getMessage().contains("100715.fcs"), e.getMessage());
    }

    @Test
    void stainNamesDecide() {
        List<String> names = List.of("FSC-A", "FSC-H", "SSC-A", "FITC-A", "PE-A", "PerCP-Cy5-5-A", "APC-A", "Time");
        List<String> stains = Arrays.asList(null, null, null, "CD45", "AnnV", "7-AAD", "CD3", null);
        ChannelRoles r = detector.detect(names, stains, Map.of());
        assertEquals("PE-A", nameOf(names, r, ChannelRole.ANNEXIN));
        assertEquals("PerCP-Cy5-5-A", nameOf(names, r, ChannelRole.VIABILITY));
    }

    @Test
    void propidiumAndAnnexinWordsInStains() {
        List<String> names = List.of("FSC-A", "SSC-A", "FL1-A", "FL2-A", "FL3-A");
        List<String> stains = Arrays.asList(null, null, "Annexin V FITC", null, "Propidium iodide");
        ChannelRoles r = detector.detect(names, stains, Map.of());
        assertEquals("FL1-A", nameOf(names, r, ChannelRole.ANNEXIN));
        assertEquals("FL3-A", nameOf(names, r, ChannelRole.VIABILITY));
    }

    @Test
    void twoAnnexinStainsAreAmbiguous() {
        List<String> names = List.of("FSC-A", "SSC-A", "FITC-A", "APC-A", "PE-A");
        List<String> stains = Arrays.asList(null, null, "Annexin V", "Annexin V", "PI");
        AutoGatingException e = assertThrows(AutoGatingException.class, () -> detector.detect(names, stains, Map.of()));
        assertTrue(e.getMessage().contains("'FITC-A'") && e.getMessage().contains("'APC-A'"), e.getMessage());
        assertTrue(e.getMessage().contains("channels: annexin: name:"), e.getMessage());
    }

    @Test
    void areaPreferredOverHeightForStains() {
        List<String> names = List.of("FSC-A", "SSC-A", "FL1-A", "FL1-H", "FL3-A", "FL3-H");
        List<String> stains = Arrays.asList(null, null, "AnnV-A", "AnnV-H", "PI-A", "PI-H");
        ChannelRoles r = detector.detect(names, stains, Map.of());
        assertEquals("FL1-A", nameOf(names, r, ChannelRole.ANNEXIN));
        assertEquals("FL3-A", nameOf(names, r, ChannelRole.VIABILITY));
    }

    @Test
    void pinsWin() {
        List<String> names = List.of("FSC-A", "FSC-H", "SSC-A", "FITC-A", "PE-A", "PerCP-Cy5-5-A", "APC-A", "Time");
        ChannelRoles r = detector.detect(names, null, Map.of(
                ChannelRole.VIABILITY, RolePin.byName("percp-cy5-5-a"),
                ChannelRole.ANNEXIN, new RolePin(null, null, "^APC")));
        assertEquals("PerCP-Cy5-5-A", nameOf(names, r, ChannelRole.VIABILITY));
        assertEquals("APC-A", nameOf(names, r, ChannelRole.ANNEXIN));
        assertTrue(r.reasons().get(ChannelRole.VIABILITY).startsWith("pinned"));
    }

    @Test
    void pinMatchingNothingIsAnError() {
        List<String> names = List.of("FSC-A", "SSC-A", "FITC-A", "PE-A");
        assertThrows(AutoGatingException.class,
                () -> detector.detect(names, null, Map.of(ChannelRole.ANNEXIN, RolePin.byName("FL1-A"))));
        assertThrows(AutoGatingException.class,
                () -> detector.detect(names, null, Map.of(ChannelRole.ANNEXIN, new RolePin(null, null, "(["))));
    }

    @Test
    void instrumentFamiliesWithoutStains() {
        record Family(List<String> names, String annexin, String viability) {
        }
        List<Family> families = List.of(
                new Family(List.of("FSC-A", "FSC-H", "SSC-A", "FITC-A", "PE-A", "PerCP-Cy5-5-A", "APC-A", "Time"), "FITC-A", "PE-A"),
                new Family(List.of("FSC-A", "FSC-H", "SSC-A", "FL1-A", "FL2-A", "FL3-A", "FL4-A", "Time"), "FL1-A", "FL2-A"),
                new Family(List.of("FSC-A", "FSC-H", "SSC-A", "BL1-A", "BL2-A", "BL3-A", "RL1-A", "Time"), "BL1-A", "BL2-A"),
                new Family(List.of("FSC-A", "FSC-H", "SSC-A", "FITC-A", "ECD-A", "PC5.5-A", "PC7-A", "APC-A", "Time"), "FITC-A", "ECD-A"),
                new Family(List.of("FSC-A", "FSC-H", "SSC-A", "B1-A", "B3-A", "R1-A", "Time"), "B1-A", "B3-A"),
                new Family(List.of("FSC-HLin", "SSC-HLin", "GRN-B-HLin", "YEL-B-HLin", "RED-B-HLin", "RED-R-HLin"),
                        "GRN-B-HLin", "YEL-B-HLin"));
        for (Family f : families) {
            ChannelRoles r = detector.detect(f.names(), null, Map.of());
            assertEquals(f.annexin(), nameOf(f.names(), r, ChannelRole.ANNEXIN), f.names().toString());
            assertEquals(f.viability(), nameOf(f.names(), r, ChannelRole.VIABILITY), f.names().toString());
            assertTrue(r.has(ChannelRole.FSC_A) && r.has(ChannelRole.SSC_A));
        }
    }

    @Test
    void twoFitcDetectorsAreAmbiguous() {
        List<String> names = List.of("FSC-A", "SSC-A", "FITC-A", "FL1-A", "PE-A");
        AutoGatingException e = assertThrows(AutoGatingException.class, () -> detector.detect(names, null, Map.of()));
        assertTrue(e.getMessage().contains("ambiguous annexin"), e.getMessage());
    }
}

package org.apogate.compensation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apogate.fcs.Keywords;
import org.junit.jupiter.api.Test;

class SpilloverKeywordsTest {
    private static final List<String> CHANNELS = List.of("FSC-A", "SSC-A", "FITC-A", "PE-A", "Time");

    private static Keywords kw(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return new Keywords(m);
    }

    private static SpilloverMatrix matrix(SpilloverParse p) {
        return p.matrix().orElseThrow(() -> new AssertionError("no matrix; warnings " + p.warnings()));
    }

    @Test
    void spilloverKeywordWithNamesIsReadRowMajor() {
        SpilloverParse p = SpilloverKeywords.parse(kw("$SPILLOVER", "2,FITC-A,PE-A,1,0.15,0.02,1"), CHANNELS);
        SpilloverMatrix s = matrix(p);
        assertEquals(List.of("FITC-A", "PE-A"), s.channels());
        assertArrayEquals(new double[] {1, 0.15}, s.values()[0]);
        assertArrayEquals(new double[] {0.02, 1}, s.values()[1]);
        assertEquals("$SPILLOVER keyword", s.source());
        assertTrue(p.warnings().isEmpty(), p.warnings().toString());
        assertFalse(s.isIdentity());
    }

    @Test
    void bdSpillAndDollarSpillAreRead() {
        SpilloverMatrix spill = matrix(SpilloverKeywords.parse(kw("SPILL", "2,FITC-A,PE-A,1,0.2,0,1\n"), CHANNELS));
        assertEquals("SPILL keyword", spill.source());
        assertEquals(0.2, spill.get(0, 1));
        SpilloverMatrix dollar = matrix(SpilloverKeywords.parse(kw("$spill", " 2, FITC-A , PE-A ,1,0,0.3,1,"), CHANNELS));
        assertEquals("$SPILL keyword", dollar.source());
        assertEquals(List.of("FITC-A", "PE-A"), dollar.channels());
        assertEquals(0.3, dollar.get(1, 0));
    }

    @Test
    void compWithoutNamesCoversTheFluorescenceChannels() {
        SpilloverParse p = SpilloverKeywords.parse(kw("$COMP", "2,1,0.1,0.25,1"), CHANNELS);
        SpilloverMatrix s = matrix(p);
        assertEquals(List.of("FITC-A", "PE-A"), s.channels());
        assertEquals(0.25, s.get(1, 0));
        assertEquals("$COMP keyword", s.source());
        assertEquals(1, p.warnings().size(), p.warnings().toString());
    }

    @Test
    void compWithoutNamesCoveringEveryParameterUsesParOrder() {
        List<String> channels = List.of("FL1", "FL2", "FL3");
        SpilloverMatrix s = matrix(SpilloverKeywords.parse(kw("$COMP", "3,1,0,0,0.1,1,0,0,0.2,1"), channels));
        assertEquals(channels, s.channels());
        assertEquals(0.2, s.get(2, 1));
    }

    @Test
    void parameterNumbersMapToPnN() {
        // Accuri style: channels given as parameter numbers 3 and 4.
        SpilloverMatrix s = matrix(SpilloverKeywords.parse(kw("$SPILLOVER", "2,3,4,1,0.12,0.03,1"), CHANNELS));
        assertEquals(List.of("FITC-A", "PE-A"), s.channels());
        assertEquals(0.12, s.get(0, 1));
    }

    @Test
    void namesWithoutValuesAreAbsentWithAWarning() {
        // MACSQuant FCS 3.1 writes this.
        SpilloverParse p = SpilloverKeywords.parse(kw("$SPILLOVER", "6,FL2-A,FL2-H,FL4-A,FL4-H,FL7-A,FL7-H"), CHANNELS);
        assertTrue(p.matrix().isEmpty());
        assertEquals(1, p.warnings().size());
        assertTrue(p.warnings().get(0).contains("no values"), p.warnings().get(0));
    }

    @Test
    void malformedNumberNamesSourceEntryAndExpectation() {
        CompensationException e = assertThrows(CompensationException.class,
                () -> SpilloverKeywords.parse(kw("SPILL", "2,FITC-A,PE-A,1,0.1x,0,1"), CHANNELS));
        assertTrue(e.getMessage().startsWith("SPILL keyword"), e.getMessage());
        assertTrue(e.getMessage().contains("row 1, column 2"), e.getMessage());
        assertTrue(e.getMessage().contains("token 4"), e.getMessage());
        assertTrue(e.getMessage().contains("expected a number"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void badCountsAndNonFiniteValuesAreErrors() {
        assertThrows(CompensationException.class, () -> SpilloverKeywords.parse(kw("SPILL", "x,FITC-A"), CHANNELS));
        assertThrows(CompensationException.class, () -> SpilloverKeywords.parse(kw("SPILL", "-2,FITC-A"), CHANNELS));
        assertThrows(CompensationException.class, () -> SpilloverKeywords.parse(kw("SPILL", "99999999999,FITC-A"), CHANNELS));
        CompensationException count = assertThrows(CompensationException.class,
                () -> SpilloverKeywords.parse(kw("SPILL", "2,FITC-A,PE-A,1,0,0"), CHANNELS));
        assertTrue(count.getMessage().contains("expected 6"), count.getMessage());
        assertThrows(CompensationException.class,
                () -> SpilloverKeywords.parse(kw("SPILL", "2,FITC-A,PE-A,1,NaN,0,1"), CHANNELS));
        assertThrows(CompensationException.class,
                () -> SpilloverKeywords.parse(kw("SPILL", "2,FITC-A,FITC-A,1,0,0,1"), CHANNELS));
    }

    @Test
    void identityAndEmptyMatricesAreRecognised() {
        SpilloverMatrix id = matrix(SpilloverKeywords.parse(kw("$SPILLOVER", "2,FITC-A,PE-A,1.0000,0.0000,0,1"), CHANNELS));
        assertTrue(id.isIdentity());
        SpilloverMatrix empty = matrix(SpilloverKeywords.parse(kw("$SPILLOVER", "0"), CHANNELS));
        assertTrue(empty.isEmpty());
        assertTrue(empty.isIdentity());
    }

    @Test
    void absentKeywordsGiveNothing() {
        SpilloverParse p = SpilloverKeywords.parse(kw("$PAR", "5"), CHANNELS);
        assertTrue(p.matrix().isEmpty());
        assertTrue(p.warnings().isEmpty());
    }

    @Test
    void spilloverWinsOverSpillWithAWarning() {
        SpilloverParse p = SpilloverKeywords.parse(
                kw("SPILL", "2,FITC-A,PE-A,1,0.5,0,1", "$SPILLOVER", "2,FITC-A,PE-A,1,0.1,0,1"), CHANNELS);
        assertEquals("$SPILLOVER keyword", matrix(p).source());
        assertEquals(0.1, matrix(p).get(0, 1));
        assertTrue(p.warnings().get(0).startsWith("SPILL keyword also present"), p.warnings().toString());
    }

    @Test
    void beckmanDfcPercentagesMapDetectorsToLinearFlParameters() {
        // Shaped like coulter.lmd data set 1: FL1-3 as Log and Lin copies, $DFC grid for 5 detectors.
        Keywords k = kw("$PAR", "6",
                "$P1N", "FS Lin", "$P2N", "FL1 Log", "$P2E", "4.0,0.1024", "$P3N", "FL2 Log", "$P3E", "4.0,0.1024",
                "$P4N", "FL1 Lin", "$P4E", "0,0", "$P5N", "FL2 Lin", "$P5E", "0,0", "$P6N", "FL3 Lin",
                "$DFC1TO2", "12.50", "$DFC2TO1", "0.00", "$DFC1TO3", "28.40", "$DFC3TO2", "3",
                "$DFC1TO4", "0.00", "$DFC4TO5", "0.00", "$DFC5TO4", "0.00");
        List<String> channels = List.of("FS Lin", "FL1 Log", "FL2 Log", "FL1 Lin", "FL2 Lin", "FL3 Lin");
        SpilloverParse p = SpilloverKeywords.parse(k, channels);
        SpilloverMatrix s = matrix(p);
        assertEquals(List.of("FL1 Lin", "FL2 Lin", "FL3 Lin"), s.channels());
        assertEquals("$DFCiTOj keywords", s.source());
        assertArrayEquals(new double[] {1, 0.125, 0.284}, s.values()[0], 1e-15);
        assertArrayEquals(new double[] {0, 1, 0}, s.values()[1], 1e-15);
        assertArrayEquals(new double[] {0, 0.03, 1}, s.values()[2], 1e-15);
        assertTrue(p.warnings().isEmpty(), p.warnings().toString()); // FL4/FL5 carry no spill
    }

    @Test
    void dfcSpillFromAnUnrecordedDetectorIsDroppedWithAWarning() {
        Keywords k = kw("$P1N", "FL1", "$P2N", "FL2", "$DFC1TO2", "10", "$DFC3TO2", "5");
        SpilloverParse p = SpilloverKeywords.parse(k, List.of("FL1", "FL2"));
        assertEquals(List.of("FL1", "FL2"), matrix(p).channels());
        assertEquals(0.10, matrix(p).get(0, 1), 1e-15);
        assertTrue(p.warnings().get(0).contains("FL3"), p.warnings().toString());
    }

    @Test
    void dfcMalformedValueIsAnError() {
        CompensationException e = assertThrows(CompensationException.class,
                () -> SpilloverKeywords.parse(kw("$DFC1TO2", "12,5"), List.of("FL1", "FL2")));
        assertTrue(e.getMessage().contains("$DFC1TO2"), e.getMessage());
        assertTrue(e.getMessage().contains("expected a percentage"), e.getMessage());
    }
}

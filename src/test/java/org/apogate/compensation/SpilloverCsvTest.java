package org.apogate.compensation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apogate.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SpilloverCsvTest {
    private static final String DT = "http://www.isac-net.org/std/Gating-ML/v2.0/datatypes";
    private static final String TR = "http://www.isac-net.org/std/Gating-ML/v2.0/transformations";

    @TempDir
    Path tmp;

    @Test
    void flowKitCompleteExampleIsRead() {
        SpilloverMatrix s = SpilloverCsv.read(Corpus.file("flowkit/data/comp_complete_example.csv"));
        assertEquals(14, s.size());
        assertEquals("Ax488-A", s.channels().get(0));
        assertEquals("Qdot705-A", s.channels().get(13));
        assertEquals("file comp_complete_example.csv", s.source());
        assertEquals(0.2986, s.get(0, 1));   // Ax488 into PE
        assertEquals(0.007, s.get(1, 0));    // PE into Ax488
        assertEquals(0.134, s.get(3, 4));    // PerCP-Cy55 into PE-Cy7
        assertEquals(0.0026, s.get(8, 0));   // PacBlu into Ax488
        for (int i = 0; i < 14; i++) {
            assertEquals(1.0, s.get(i, i));
        }
        Compensator c = Compensator.of(s, s.channels());
        CompensatorTest.assertIdentityProduct(s.values(), c.inverse());
    }

    @Test
    void eightColourMatrixMatchesTheGatingMlExport() throws Exception {
        // The same FlowJo matrix exported to Gating-ML (full precision) is the independent reference.
        Reference ref = gatingMl(Corpus.file("flowkit/data/8_color_data_set/8_color_ICS.xml"));
        SpilloverMatrix s = SpilloverCsv.read(Corpus.file("flowkit/data/8_color_data_set/den_comp.csv"));
        assertEquals(ref.detectors, s.channels());
        assertMatches(ref, s);
        SpilloverMatrix seven = SpilloverCsv.read(Corpus.file("flowkit/data/8_color_data_set/den_comp_null_channel.csv"));
        assertEquals(7, seven.size());
        assertEquals(ref.detectors.subList(1, 8), seven.channels());
        assertMatches(ref, seven);
    }

    private static void assertMatches(Reference ref, SpilloverMatrix s) {
        for (int i = 0; i < s.size(); i++) {
            for (int j = 0; j < s.size(); j++) {
                int ri = ref.detectors.indexOf(s.channels().get(i));
                int rj = ref.detectors.indexOf(s.channels().get(j));
                assertEquals(ref.values[ri][rj], s.get(i, j), 5e-7, s.channels().get(i) + " -> " + s.channels().get(j));
            }
        }
    }

    private record Reference(List<String> detectors, double[][] values) {
    }

    private static Reference gatingMl(Path xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(xml.toFile());
        Element matrix = (Element) doc.getElementsByTagNameNS(TR, "spectrumMatrix").item(0);
        Element detectorsEl = (Element) matrix.getElementsByTagNameNS(TR, "detectors").item(0);
        NodeList dims = detectorsEl.getElementsByTagNameNS(DT, "fcs-dimension");
        List<String> detectors = new ArrayList<>();
        for (int i = 0; i < dims.getLength(); i++) {
            detectors.add(((Element) dims.item(i)).getAttributeNS(DT, "name"));
        }
        NodeList spectra = matrix.getElementsByTagNameNS(TR, "spectrum");
        double[][] values = new double[spectra.getLength()][];
        for (int r = 0; r < spectra.getLength(); r++) {
            NodeList coeffs = ((Element) spectra.item(r)).getElementsByTagNameNS(TR, "coefficient");
            values[r] = new double[coeffs.getLength()];
            for (int c = 0; c < coeffs.getLength(); c++) {
                values[r][c] = Double.parseDouble(((Element) coeffs.item(c)).getAttributeNS(TR, "value"));
            }
        }
        return new Reference(detectors, values);
    }

    @Test
    void writeThenReadRoundTripsExactly() {
        SpilloverMatrix m = new SpilloverMatrix(List.of("FITC-A", "PE, Cy5-A", "APC \"x\""),
                new double[][] {{1, 0.1234567890123, 0}, {1e-17, 1, 0.3}, {0, 2.0 / 3.0, 1}}, "x");
        Path p = tmp.resolve("m.csv");
        SpilloverCsv.write(m, p);
        SpilloverMatrix back = SpilloverCsv.read(p);
        assertEquals(m.channels(), back.channels());
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(m.get(i, j), back.get(i, j), 0.0);
            }
        }
        assertEquals("file m.csv", back.source());
    }

    @Test
    void rowNamesAreCheckedAndUsedToOrderRows() throws Exception {
        Path corner = write("corner.csv", ",A,B\nB,0.2,1\nA,1,0.1\n");
        SpilloverMatrix s = SpilloverCsv.read(corner);
        assertEquals(List.of("A", "B"), s.channels());
        assertEquals(0.1, s.get(0, 1));
        assertEquals(0.2, s.get(1, 0));
        Path trailing = write("trailing.csv", "A,B,\r\n1,0.5,\r\n0,1,\r\n");
        assertEquals(0.5, SpilloverCsv.read(trailing).get(0, 1));
        Path noCorner = write("nocorner.tsv", "A\tB\nA\t1\t0.1\nB\t0.2\t1\n");
        assertEquals(0.2, SpilloverCsv.read(noCorner).get(1, 0));
        CompensationException e = assertThrows(CompensationException.class,
                () -> SpilloverCsv.read(write("bad.csv", ",A,B\nA,1,0.1\nC,0.2,1\n")));
        assertTrue(e.getMessage().contains("row 3") && e.getMessage().contains("'C'"), e.getMessage());
        assertThrows(CompensationException.class, () -> SpilloverCsv.read(write("dup.csv", ",A,B\nA,1,0.1\nA,0.2,1\n")));
    }

    @Test
    void malformedFilesNameFileRowAndColumn() throws Exception {
        CompensationException e = assertThrows(CompensationException.class,
                () -> SpilloverCsv.read(write("v.csv", "A,B\n1,0.1\n0.2,abc\n")));
        assertEquals("file v.csv: row 3, column 2 'abc': expected a finite number", e.getMessage());
        assertThrows(CompensationException.class, () -> SpilloverCsv.read(write("rows.csv", "A,B\n1,0.1\n")));
        assertThrows(CompensationException.class, () -> SpilloverCsv.read(write("fields.csv", "A,B\n1,0.1\n0.2\n")));
        assertThrows(CompensationException.class, () -> SpilloverCsv.read(write("empty.csv", "\n\n")));
        assertThrows(CompensationException.class, () -> SpilloverCsv.read(write("dupcol.csv", "A,A\n1,0\n0,1\n")));
        Path binary = tmp.resolve("bin.csv");
        Files.write(binary, new byte[] {'A', ',', 'B', '\n', (byte) 0xC3, (byte) 0x28, '\n'});
        assertThrows(CompensationException.class, () -> SpilloverCsv.read(binary));
    }

    private Path write(String name, String content) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, content);
        return p;
    }
}

package org.apogate.compensation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apogate.fcs.EventBlock;
import org.apogate.testing.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * End-to-end check of the row/column convention against the Gating-ML 2.0 compliance truth that
 * FlowKit ships: data1.fcs compensated with the "MySpill" spectrumMatrix must reproduce the 0/1
 * membership of every one of its 13367 events in Rectangle3 and Rectangle5. The transposed
 * application gets 1175 and 119 events wrong, so this catches the classic bug on real reference data.
 */
class GatingMlCompensationTruthTest {
    private static final String DT = "http://www.isac-net.org/std/Gating-ML/v2.0/datatypes";
    private static final String TR = "http://www.isac-net.org/std/Gating-ML/v2.0/transformations";
    private static final List<String> CHANNELS = List.of("FSC-H", "SSC-H", "FL1-H", "FL2-H", "FL3-H", "FL2-A", "FL4-H", "Time");
    private static final int EVENTS = 13367;

    private static double[][] scaled;  // [channel][event], FL-H channels linearised per $PnE 4,0
    private static SpilloverMatrix mySpill;

    @BeforeAll
    static void load() throws Exception {
        Path root = Corpus.require();
        double[][] raw = decodeData1(root);
        checkAgainstOracle(root, raw);
        scaled = new double[CHANNELS.size()][];
        for (int c = 0; c < CHANNELS.size(); c++) {
            scaled[c] = raw[c].clone();
        }
        for (int c : new int[] {2, 3, 4, 6}) {  // $PnE = 4,0: value = 10^(4 x / 1024), offset 0 read as 1
            for (int i = 0; i < EVENTS; i++) {
                scaled[c][i] = Math.pow(10, 4 * raw[c][i] / 1024.0);
            }
        }
        mySpill = spectrumMatrix(root.resolve("flowkit/data/gate_ref/gml/gml_matrix_rect3_gate.xml"));
    }

    /** Test-side decoder of data1.fcs (FCS 2.0, 8 x uint16 big-endian, $PnR 1024) until the FCS reader lands. */
    private static double[][] decodeData1(Path root) throws Exception {
        byte[] bytes = Files.readAllBytes(root.resolve("flowkit/data/gate_ref/data1.fcs"));
        ByteBuffer data = ByteBuffer.wrap(bytes, 2560, EVENTS * 16).order(ByteOrder.BIG_ENDIAN);
        double[][] columns = new double[CHANNELS.size()][EVENTS];
        for (int i = 0; i < EVENTS; i++) {
            for (int c = 0; c < CHANNELS.size(); c++) {
                columns[c][i] = (data.getShort() & 0xFFFF) & 1023;
            }
        }
        return columns;
    }

    private static void checkAgainstOracle(Path root, double[][] raw) throws Exception {
        JsonNode oracle = new ObjectMapper().readTree(root.resolve("oracle.json").toFile());
        for (JsonNode file : oracle) {
            if (file.get("path").asText().equals("flowkit/data/gate_ref/data1.fcs")) {
                JsonNode sums = file.get("datasets").get(0).get("oracle").get("sum");
                for (int c = 0; c < CHANNELS.size(); c++) {
                    double sum = 0;
                    for (double v : raw[c]) {
                        sum += v;
                    }
                    assertEquals(sums.get(c).asDouble(), sum, 0.0, "decoded sum of " + CHANNELS.get(c));
                }
                return;
            }
        }
        throw new AssertionError("data1.fcs missing from oracle.json");
    }

    private static SpilloverMatrix spectrumMatrix(Path xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Element m = (Element) f.newDocumentBuilder().parse(xml.toFile()).getElementsByTagNameNS(TR, "spectrumMatrix").item(0);
        NodeList dims = ((Element) m.getElementsByTagNameNS(TR, "detectors").item(0)).getElementsByTagNameNS(DT, "fcs-dimension");
        List<String> detectors = new ArrayList<>();
        for (int i = 0; i < dims.getLength(); i++) {
            detectors.add(((Element) dims.item(i)).getAttributeNS(DT, "name"));
        }
        NodeList spectra = m.getElementsByTagNameNS(TR, "spectrum");
        double[][] values = new double[spectra.getLength()][];
        for (int r = 0; r < values.length; r++) {
            NodeList coeffs = ((Element) spectra.item(r)).getElementsByTagNameNS(TR, "coefficient");
            values[r] = new double[coeffs.getLength()];
            for (int c = 0; c < values[r].length; c++) {
                values[r][c] = Double.parseDouble(((Element) coeffs.item(c)).getAttributeNS(TR, "value"));
            }
        }
        return new SpilloverMatrix(detectors, values, "Gating-ML MySpill");
    }

    private static int[] truth(String gate) throws Exception {
        String[] lines = Files.readString(Corpus.file("flowkit/data/gate_ref/truth/Results_" + gate + ".txt")).trim().split("\\s+");
        int[] t = new int[lines.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = Integer.parseInt(lines[i]);
        }
        return t;
    }

    private static boolean in(double v, double min, double max) {
        return v >= min && v < max;
    }

    @Test
    void compensatedBlockReproducesRectangle3And5Membership() throws Exception {
        assertEquals(List.of("FL1-H", "FL2-H", "FL3-H"), mySpill.channels());
        EventBlock block = EventBlock.of(Columns.copy(scaled));
        Compensator.of(mySpill, CHANNELS).apply(block);
        int[] rect3 = truth("Rectangle3");
        int[] rect5 = truth("Rectangle5");
        assertEquals(EVENTS, rect3.length);
        int inside3 = 0;
        for (int i = 0; i < EVENTS; i++) {
            boolean fitcPe = in(block.column(2)[i], 5, 70) && in(block.column(3)[i], 9, 208);
            assertEquals(rect3[i] == 1, fitcPe, "Rectangle3 event " + i);
            boolean perCpFsc = in(block.column(4)[i], 7, 90) && block.column(0)[i] >= 10;
            assertEquals(rect5[i] == 1, perCpFsc, "Rectangle5 event " + i);
            inside3 += rect3[i];
        }
        assertTrue(inside3 > 1000 && inside3 < EVENTS - 1000, "gate should split the data: " + inside3);
    }

    @Test
    void targetedComputationReproducesRectangle3() throws Exception {
        TargetedCompensator fitcPe = Compensator.of(mySpill, CHANNELS).forTargets(List.of("FL1-H", "FL2-H"));
        EventBlock block = EventBlock.of(scaled);
        double[][] out = new double[2][EVENTS];
        fitcPe.compute(block, out);
        int[] rect3 = truth("Rectangle3");
        for (int i = 0; i < EVENTS; i++) {
            assertEquals(rect3[i] == 1, in(out[0][i], 5, 70) && in(out[1][i], 9, 208), "Rectangle3 event " + i);
        }
    }
}

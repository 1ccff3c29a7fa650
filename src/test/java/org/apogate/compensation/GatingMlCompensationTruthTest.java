package org.apogate.compensation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apogate.fcs.EventBlock;
import org.apogate.fcs.EventSource;
import org.apogate.fcs.FcsReader;
import org.apogate.fcs.Parameter;
import org.apogate.fcs.ValueScale;
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

    private static Path data1;
    private static List<String> channels;
    private static SpilloverMatrix mySpill;

    @BeforeAll
    static void load() throws Exception {
        Path root = Corpus.require();
        data1 = root.resolve("flowkit/data/gate_ref/data1.fcs");
        channels = FcsReader.open(data1).dataSet(0).parameters().stream().map(Parameter::name).toList();
        assertEquals(CHANNELS, channels);
        mySpill = spectrumMatrix(root.resolve("flowkit/data/gate_ref/gml/gml_matrix_rect3_gate.xml"));
    }

    /**
     * Streams data1.fcs in small blocks on the SCALED value scale (its FL channels are log-amplified,
     * $PnE 4,0, so Gating-ML compares 10^(4 x / 1024)), handing each block to {@code perBlock}.
     */
    private static int stream(java.util.function.Consumer<EventBlock> perBlock) {
        int events = 0;
        try (EventSource source = FcsReader.open(data1).dataSet(0).openEvents(ValueScale.SCALED, 1000)) {
            for (EventBlock b = source.next(); b != null; b = source.next()) {
                perBlock.accept(b);
                events += b.size();
            }
        }
        return events;
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
    void compensatedBlocksReproduceRectangle3And5Membership() throws Exception {
        assertEquals(List.of("FL1-H", "FL2-H", "FL3-H"), mySpill.channels());
        Compensator compensator = Compensator.of(mySpill, channels);
        int[] rect3 = truth("Rectangle3");
        int[] rect5 = truth("Rectangle5");
        assertEquals(EVENTS, rect3.length);
        int[] inside3 = new int[1];
        int events = stream(block -> {
            compensator.apply(block);
            for (int i = 0; i < block.size(); i++) {
                int event = (int) block.firstEvent() + i;
                boolean fitcPe = in(block.column(2)[i], 5, 70) && in(block.column(3)[i], 9, 208);
                assertEquals(rect3[event] == 1, fitcPe, "Rectangle3 event " + event);
                boolean perCpFsc = in(block.column(4)[i], 7, 90) && block.column(0)[i] >= 10;
                assertEquals(rect5[event] == 1, perCpFsc, "Rectangle5 event " + event);
                inside3[0] += rect3[event];
            }
        });
        assertEquals(EVENTS, events);
        assertTrue(inside3[0] > 1000 && inside3[0] < EVENTS - 1000, "gate should split the data: " + inside3[0]);
    }

    @Test
    void targetedComputationReproducesRectangle3() throws Exception {
        TargetedCompensator fitcPe = Compensator.of(mySpill, channels).forTargets(List.of("FL1-H", "FL2-H"));
        int[] rect3 = truth("Rectangle3");
        double[][] out = new double[2][1000];
        int events = stream(block -> {
            fitcPe.compute(block, out);
            for (int i = 0; i < block.size(); i++) {
                int event = (int) block.firstEvent() + i;
                assertEquals(rect3[event] == 1, in(out[0][i], 5, 70) && in(out[1][i], 9, 208), "Rectangle3 event " + event);
            }
        });
        assertEquals(EVENTS, events);
    }
}

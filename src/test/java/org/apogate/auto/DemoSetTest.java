package org.apogate.auto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apogate.fcs.DataSet;
import org.apogate.fcs.EventBlock;
import org.apogate.fcs.EventSource;
import org.apogate.fcs.FcsFile;
import org.apogate.fcs.FcsReader;
import org.apogate.fcs.Parameter;
import org.apogate.simulate.DemoSet;
import org.apogate.simulate.EventClass;
import org.apogate.simulate.InstrumentStyle;
import org.apogate.simulate.Scenario;
import org.apogate.simulate.SimulatedSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed demo set is exactly what {@link DemoSet} writes, and the chain reads it back to its truth. */
class DemoSetTest {
    private static final Path TESTDATA = Path.of("testdata");

    @TempDir
    Path tmp;

    @Test
    void committedFilesAreReproducible() throws IOException {
        DemoSet.write(tmp);
        for (DemoSet.Tube t : DemoSet.tubes()) {
            assertArrayEquals(Files.readAllBytes(TESTDATA.resolve(t.file())), Files.readAllBytes(tmp.resolve(t.file())),
                    t.file());
        }
        assertEquals(Files.readString(TESTDATA.resolve("samples.csv")), Files.readString(tmp.resolve("samples.csv")));
        assertEquals(Files.readString(TESTDATA.resolve("truth.csv")), Files.readString(tmp.resolve("truth.csv")));
    }

    /** Reads a written FCS file back into a SimulatedSample shell (truth unknown per event, matrix from $SPILLOVER). */
    private static SimulatedSample readBack(Path file) {
        FcsFile f = FcsReader.open(file);
        DataSet ds = f.dataSet(0);
        List<Parameter> params = ds.parameters();
        int n = (int) ds.eventCount();
        ReservoirSample all = new ReservoirSample(params.size(), n, 1);
        try (EventSource src = ds.openEvents()) {
            for (EventBlock b = src.next(); b != null; b = src.next()) {
                all.add(b);
            }
        }
        String[] sp = ds.keywords().trimmed("$SPILLOVER").orElseThrow().split(",");
        int m = Integer.parseInt(sp[0].trim());
        List<String> spNames = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            spNames.add(sp[1 + i].trim());
        }
        double[][] matrix = new double[m][m];
        for (int i = 0; i < m * m; i++) {
            matrix[i / m][i % m] = Double.parseDouble(sp[1 + m + i].trim());
        }
        List<String> names = new ArrayList<>();
        List<String> stains = new ArrayList<>();
        for (Parameter p : params) {
            names.add(p.name());
            stains.add(p.stain());
        }
        EventClass[] unknown = new EventClass[n];
        java.util.Arrays.fill(unknown, EventClass.LIVE);
        return new SimulatedSample(Scenario.typical(InstrumentStyle.BD, n, 0), names, stains, all.columns(), unknown,
                spNames, matrix, params.get(names.indexOf("FITC-A")).range(), ds.timestep());
    }

    @Test
    void chainReproducesTruthFromTheFilesWithAndWithoutControls() throws IOException {
        List<String> truth = Files.readAllLines(TESTDATA.resolve("truth.csv"));
        SimulatedSample annexinNegative = readBack(TESTDATA.resolve("MM1S_PI_only.fcs"));
        SimulatedSample viabilityNegative = readBack(TESTDATA.resolve("MM1S_annexin_only.fcs"));
        for (String row : truth.subList(1, 5)) {
            String[] f = row.split(",");
            SimulatedSample s = readBack(TESTDATA.resolve(f[0]));
            ChannelRoles roles = new ChannelRoleDetector().detect(f[0], s.names(), s.stains(), Map.of());
            assertEquals("FITC-A", s.names().get(roles.require(ChannelRole.ANNEXIN)));
            assertEquals("PE-A", s.names().get(roles.require(ChannelRole.VIABILITY)));
            GatingRun auto = GatingRun.run(s, null, null, true, GatingRun.LOGICLE);
            GatingRun controls = GatingRun.run(s, annexinNegative, viabilityNegative, true, GatingRun.LOGICLE);
            for (int j = 0; j < 4; j++) {
                double expected = Double.parseDouble(f[8 + j]);
                assertEquals(expected, auto.found[j], 3.0, f[0] + " auto class " + j + ": " + auto);
                assertEquals(expected, controls.found[j], 3.0, f[0] + " controls class " + j + ": " + controls);
            }
        }
        assertTrue(annexinNegative.events() == DemoSet.EVENTS);
    }
}

package org.apogate.gatingml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apogate.compensation.SpilloverKeywords;
import org.apogate.compensation.SpilloverMatrix;
import org.apogate.fcs.DataSet;
import org.apogate.fcs.EventSource;
import org.apogate.fcs.FcsReader;
import org.apogate.fcs.Parameter;
import org.apogate.fcs.ValueScale;

/**
 * How the compliance test reads data1.fcs: $PnE-decoded and divided by $PnG (the suite's gate files
 * say FSC-H's $P1G = 3.67 and SSC-H's $P2G = 8 must be factored in), the file's own spillover for
 * compensation-ref="FCS" (data1.fcs has none).
 */
final class ComplianceData {
    private ComplianceData() {
    }

    record Events(List<String> channelNames, SpilloverMatrix spillover, EventSource source) implements AutoCloseable {
        @Override
        public void close() {
            source.close();
        }
    }

    static GatingMlReader reader() {
        return new GatingMlReader(new StandardTransforms());
    }

    static Events open(Path fcs) {
        DataSet data = FcsReader.open(fcs).dataSet(0);
        List<String> names = new ArrayList<>();
        for (Parameter p : data.parameters()) {
            names.add(p.name());
        }
        SpilloverMatrix spill = SpilloverKeywords.fromKeywords(data.keywords(), names).orElse(null);
        // small blocks so that every case also crosses block boundaries
        return new Events(names, spill, data.openEvents(ValueScale.SCALED_WITH_GAIN, 1000));
    }
}

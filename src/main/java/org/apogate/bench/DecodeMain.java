package org.apogate.bench;

import java.nio.file.Path;
import org.apogate.fcs.DataSet;
import org.apogate.fcs.EventBlock;
import org.apogate.fcs.EventSource;
import org.apogate.fcs.FcsReader;
import org.apogate.fcs.ValueScale;

/**
 * Child-process decode: {@code java -Xmx256m -cp apogate.jar org.apogate.bench.DecodeMain FILE [RESULT]}
 * streams every event of data set 0 through {@link FcsReader} (RAW, 65536-event blocks) and sums all
 * columns. Run under a small -Xmx it proves decoding fits that heap: it exits non-zero with
 * OutOfMemoryError otherwise. Prints nothing; with RESULT it writes sum, values, nanos, peak heap there.
 */
public final class DecodeMain {
    static final int BLOCK_EVENTS = 65536;

    private DecodeMain() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.exit(2);
        }
        HeapPeak.reset();
        long start = System.nanoTime();
        double sum = decodeSum(Path.of(args[0]));
        long nanos = System.nanoTime() - start;
        if (args.length == 2) {
            DataSet d = FcsReader.open(Path.of(args[0])).dataSet(0);
            ScanMain.ChildResult.write(Path.of(args[1]), sum, d.eventCount() * d.parameterCount(), nanos,
                    HeapPeak.peakBytes());
        }
    }

    /** Sum of every RAW value of data set 0, decoded in blocks. */
    static double decodeSum(Path file) {
        DataSet d = FcsReader.open(file).dataSet(0);
        double sum = 0;
        try (EventSource src = d.openEvents(ValueScale.RAW, BLOCK_EVENTS)) {
            for (EventBlock b = src.next(); b != null; b = src.next()) {
                int n = b.size();
                for (int c = 0; c < b.channels(); c++) {
                    sum += Sums.sum(b.column(c), n);
                }
            }
        }
        return sum;
    }
}

package org.apogate.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apogate.fcs.DataSet;
import org.apogate.fcs.FcsReader;
import org.apogate.fcs.Keywords;

/**
 * Child-process baseline: {@code java -cp apogate.jar org.apogate.bench.ScanMain FILE [RESULT]}
 * sums the DATA of a float32 or uniform int32 FCS file with {@link MappedScan}. It prints nothing
 * (library rule); with RESULT it writes {@code sum=..., values=..., nanos=...} lines there.
 * Exit 0 on success, 2 on bad arguments.
 */
public final class ScanMain {
    private ScanMain() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.exit(2);
        }
        long start = System.nanoTime();
        MappedScan.Result r = scanFcs(Path.of(args[0]));
        long nanos = System.nanoTime() - start;
        if (args.length == 2) {
            ChildResult.write(Path.of(args[1]), r.sum(), r.values(), nanos, HeapPeak.peakBytes());
        }
    }

    /** Scans data set 0 of an FCS file whose parameters are all float32, or all 32-bit integers. */
    static MappedScan.Result scanFcs(Path file) {
        DataSet d = FcsReader.open(file).dataSet(0);
        Keywords kw = d.keywords();
        String byteOrd = kw.trimmed("$BYTEORD").orElse("1,2,3,4");
        ByteOrder order = byteOrd.startsWith("1") ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        boolean integer = "I".equalsIgnoreCase(kw.trimmed("$DATATYPE").orElse("F"));
        long mask = 0xFFFF_FFFFL;
        if (integer) {
            long range = (long) d.parameters().get(0).range();
            mask = range > 0 && range <= (1L << 32) ? Long.highestOneBit(range - 1) * 2 - 1 : mask;
        }
        long bytes = d.dataEnd() - d.dataStart() + 1;
        return MappedScan.scan(file, d.dataStart(), bytes, order,
                integer ? MappedScan.ValueKind.INT32 : MappedScan.ValueKind.FLOAT32, mask);
    }

    /** Key=value result lines a child leaves for its parent. */
    static final class ChildResult {
        private ChildResult() {
        }

        static void write(Path out, double sum, long values, long nanos, long peakHeap) {
            String text = "sum=" + sum + "\nvalues=" + values + "\nnanos=" + nanos + "\npeakHeapBytes=" + peakHeap + "\n";
            try {
                Files.writeString(out, text, StandardCharsets.US_ASCII);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + out, e);
            }
        }

        static java.util.Map<String, String> read(Path in) {
            java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
            try {
                for (String line : Files.readAllLines(in, StandardCharsets.US_ASCII)) {
                    int eq = line.indexOf('=');
                    if (eq > 0) {
                        m.put(line.substring(0, eq), line.substring(eq + 1));
                    }
                }
            } catch (IOException e) {
                return m;
            }
            return m;
        }
    }
}

package org.apogate.fcs;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Manual benchmark, skipped unless -Dapogate.bench=true: float32 RAW streaming versus a plain
 * memory-mapped scan summing the same floats. Reports only; asserts nothing about time.
 */
class FloatScanBenchmark {
    @Test
    void float32StreamingVersusMappedScan() throws IOException {
        assumeTrue(Boolean.getBoolean("apogate.bench"), "benchmark: run with -Dapogate.bench=true");
        int channels = 12;
        int events = 4_000_000;
        Path f = Files.createTempFile("bench", ".fcs");
        try {
            List<WriterChannel> chans = new java.util.ArrayList<>();
            for (int c = 0; c < channels; c++) {
                chans.add(WriterChannel.of("C" + c, 262144));
            }
            try (FcsWriter w = FcsWriter.create(f, chans, Map.of(), ByteOrder.BIG_ENDIAN)) {
                EventBlock b = new EventBlock(channels, 100_000);
                for (int k = 0; k < events / 100_000; k++) {
                    for (int c = 0; c < channels; c++) {
                        for (int i = 0; i < 100_000; i++) {
                            b.column(c)[i] = (i * 31 + c * 7 + k) % 10007;
                        }
                    }
                    b.reset(100_000, 0);
                    w.append(b);
                }
            }
            DataSet ds = FcsReader.open(f).dataSet(0);
            for (int round = 0; round < 8; round++) {
                long t0 = System.nanoTime();
                double s1 = 0;
                try (EventSource src = ds.openEvents(ValueScale.RAW, Integer.getInteger("apogate.bench.block", DataSet.DEFAULT_BLOCK))) {
                    EventBlock b;
                    while ((b = src.next()) != null) {
                        for (int c = 0; c < channels; c++) {
                            double[] col = b.column(c);
                            for (int i = 0; i < b.size(); i++) {
                                s1 += col[i];
                            }
                        }
                    }
                }
                long t1 = System.nanoTime();
                double s2 = 0;
                try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
                    MappedByteBuffer mb = ch.map(FileChannel.MapMode.READ_ONLY, ds.dataStart(), ds.dataEnd() - ds.dataStart() + 1);
                    FloatBuffer fb = mb.order(ByteOrder.BIG_ENDIAN).asFloatBuffer();
                    int n = fb.remaining();
                    for (int i = 0; i < n; i++) {
                        s2 += fb.get(i);
                    }
                }
                long t2 = System.nanoTime();
                System.out.printf("BENCH reader %.1f ms, mapped scan %.1f ms, ratio %.2f (sums %s)%n",
                        (t1 - t0) / 1e6, (t2 - t1) / 1e6, (double) (t1 - t0) / (t2 - t1), s1 == s2);
            }
        } finally {
            Files.deleteIfExists(f);
        }
    }
}

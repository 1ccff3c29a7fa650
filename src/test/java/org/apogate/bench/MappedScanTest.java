package org.apogate.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;
import org.apogate.fcs.DataSet;
import org.apogate.fcs.FcsReader;
import org.apogate.fcs.FcsWriter;
import org.apogate.fcs.WriterChannel;
import org.apogate.fcs.WriterOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappedScanTest {
    @TempDir
    Path dir;

    @Test
    void scanSumsExactlyKnownValuesInBothByteOrders() {
        // 3 events x 2 channels of exactly representable values: the true sum is 0.5+1+...+3 = 10.5
        double[][] cols = {{0.5, 1.5, 2.5}, {1.0, 2.0, 3.0}};
        List<WriterChannel> ch = List.of(WriterChannel.of("A", 1024), WriterChannel.of("B", 1024));
        for (ByteOrder order : List.of(ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN)) {
            Path f = dir.resolve("known-" + order + ".fcs");
            FcsWriter.write(f, ch, null, cols, WriterOptions.float32(order));
            MappedScan.Result r = ScanMain.scanFcs(f);
            assertEquals(10.5, r.sum());
            assertEquals(6, r.values());
        }
    }

    @Test
    void scanOfIntegersAppliesTheMask() {
        double[][] cols = {{262144 + 5, 3}, {(1L << 31) + 7, 0}};
        List<WriterChannel> ch = List.of(WriterChannel.of("A", 4294967296.0), WriterChannel.of("B", 4294967296.0));
        Path f = dir.resolve("ints.fcs");
        FcsWriter.write(f, ch, null, cols, WriterOptions.integer(32, ByteOrder.BIG_ENDIAN));
        DataSet d = FcsReader.open(f).dataSet(0);
        long bytes = d.dataEnd() - d.dataStart() + 1;
        MappedScan.Result masked = MappedScan.scan(f, d.dataStart(), bytes, ByteOrder.BIG_ENDIAN,
                MappedScan.ValueKind.INT32, 0x3FFFF);
        assertEquals(5 + 3 + 7 + 0, masked.sum());
        MappedScan.Result raw = MappedScan.scan(f, d.dataStart(), bytes, ByteOrder.BIG_ENDIAN,
                MappedScan.ValueKind.INT32, 0xFFFF_FFFFL);
        assertEquals(262144 + 5 + 3 + (1L << 31) + 7, raw.sum(), "unsigned: bit 31 is not a sign");
    }

    @Test
    void scanSumsEqualTheReaderSumsForEveryGeneratedLayout() {
        for (BenchLayout layout : BenchLayout.values()) {
            BenchFile f = BenchFiles.ensure(dir, layout, 100_000, 3);
            double reader = DecodeMain.decodeSum(f.path());
            double scan = f.scan().sum();
            assertTrue(DecodeSuite.agree(scan, reader, layout.integer()), layout + ": scan " + scan + " reader " + reader);
            assertEquals(scan, ScanMain.scanFcs(f.path()).sum(), "ScanMain finds the same DATA from the keywords");
        }
    }

    @Test
    void smallWindowsCrossingEdgesGiveTheSameSum() {
        BenchFile f = BenchFiles.ensure(dir, BenchLayout.INT32_FLAGGED, 10_000, 3);
        double whole = f.scan().sum();
        for (int window : new int[] {4, 60, 4096, 1 << 20}) {
            MappedScan.Result r = MappedScan.scan(f.path(), f.dataStart(), f.dataBytes(), f.layout().order(),
                    f.layout().valueKind(), f.layout().mask(), window);
            assertEquals(whole, r.sum(), "window " + window);
            assertEquals(10_000 * 14, r.values());
        }
    }

    @Test
    void rejectsLengthsThatAreNotWholeValues() {
        assertThrows(IllegalArgumentException.class, () -> MappedScan.scan(dir.resolve("x"), 0, 6,
                ByteOrder.BIG_ENDIAN, MappedScan.ValueKind.FLOAT32, 0));
    }
}

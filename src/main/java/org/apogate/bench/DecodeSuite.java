package org.apogate.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Decode: {@link DecodeMain#decodeSum} (FcsReader, RAW, 65536-event blocks, all columns summed)
 * against {@link MappedScan} of the same DATA bytes, alternating rounds; then peak heap in this JVM
 * and a child JVM with -Xmx256m that must decode the whole file.
 */
final class DecodeSuite {
    static final String NAME = "decode";
    private static final String CHILD_HEAP = "-Xmx256m";

    private DecodeSuite() {
    }

    static List<ResultRow> run(BenchSettings s) {
        long small = s.eventsOr(1_000_000, 100_000);
        long large = s.eventsOr(10_000_000, 1_000_000);
        List<BenchFile> files = new ArrayList<>();
        for (long events : small == large ? List.of(large) : List.of(small, large)) {
            files.add(BenchFiles.ensure(s.dir(), BenchLayout.FLOAT_BE, events, s.seed()));
            files.add(BenchFiles.ensure(s.dir(), BenchLayout.FLOAT_LE, events, s.seed()));
        }
        files.add(BenchFiles.ensure(s.dir(), BenchLayout.INT32_FLAGGED, large, s.seed()));
        List<ResultRow> rows = new ArrayList<>();
        for (BenchFile f : files) {
            rows.add(measure(s, f));
        }
        return rows;
    }

    private static ResultRow measure(BenchSettings s, BenchFile f) {
        double load = s.loadAverage();
        double scanSum = f.scan().sum();
        double decodeSum = DecodeMain.decodeSum(f.path());
        Rounds rounds = new Rounds(s.warmups(), s.iterations());
        Timing[] t = rounds.time(() -> f.scan().sum(), () -> DecodeMain.decodeSum(f.path()));
        Timing scan = t[0];
        Timing decode = t[1];
        HeapPeak.settle();
        HeapPeak.reset();
        DecodeMain.decodeSum(f.path());
        long heap = HeapPeak.peakBytes();
        ChildRun child = decodeInChild(s, f);
        double values = f.events() * (double) SyntheticPanel.CHANNELS.size();
        return ResultRow.of(NAME, f.layout().label() + " " + Units.events(f.events()))
                .put("MB", f.megabytes())
                .put("decode ms", decode.medianMillis())
                .put("min ms", decode.minMillis())
                .put("MB/s", f.megabytes() / decode.medianSeconds())
                .put("Mev/s", f.events() / 1e6 / decode.medianSeconds())
                .put("ns/value", decode.medianNanos() / values)
                .put("scan ms", scan.medianMillis())
                .put("scan MB/s", f.megabytes() / scan.medianSeconds())
                .put("ratio", (double) decode.medianNanos() / scan.medianNanos())
                .put("heap MB", heap / 1e6)
                .put("sums", agree(scanSum, decodeSum, f.layout().integer()) ? "equal" : "DIFFER")
                .put("-Xmx256m child", child.ok() ? String.format(java.util.Locale.ROOT, "ok %.1fs RSS %.0f (anon %.0f) MB",
                        child.wallNanos() / 1e9, child.peakRssMb(), child.peakAnonMb()) : "FAILED exit " + child.exitCode())
                .put("load", load)
                .build();
    }

    private static ChildRun decodeInChild(BenchSettings s, BenchFile f) {
        Path log = s.dir().resolve("logs").resolve("decode-" + f.path().getFileName() + ".log");
        return ChildProcesses.run(ChildProcesses.java(List.of(CHILD_HEAP), s.childClasspath(),
                DecodeMain.class.getName(), List.of(f.path().toString())), log);
    }

    /** Integer sums are exact; float sums differ only by summation order (row- vs column-major). */
    static boolean agree(double a, double b, boolean exact) {
        if (exact) {
            return a == b;
        }
        return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
    }
}

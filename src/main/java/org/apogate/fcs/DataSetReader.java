package org.apogate.fcs;

import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads HEADER, TEXT and supplemental TEXT of one data set and plans (not reads) its DATA. */
final class DataSetReader {

    /** A data set plus the absolute offset of the next one (0 when none). */
    record Result(DataSet dataSet, long nextOffset) {
    }

    private DataSetReader() {
    }

    static Result read(FileChannel ch, Path file, long fileSize, int index, long base, Stringency stringency) {
        IssueLog log = new IssueLog(file, stringency);
        HeaderParser.Header h = HeaderParser.parse(ch, file, base, fileSize, log);
        SegmentOffsets so = h.offsets();

        long textStart = base + so.textStart();
        long textEnd = base + so.textEnd();
        if (so.textStart() < HeaderParser.HEADER_LENGTH || so.textEnd() <= so.textStart() || textStart >= fileSize) {
            throw new FcsFormatException(file, base + 10, null, "expected TEXT offsets in HEADER after byte 58 and inside the file ("
                    + fileSize + " bytes), found [" + so.textStart() + ", " + so.textEnd() + "]");
        }
        if (textEnd >= fileSize) {
            log.recover("TEXT_PAST_EOF", textEnd, null, "TEXT end " + so.textEnd() + " runs past the end of the file; read to EOF");
            textEnd = fileSize - 1;
        }
        byte[] text = FileBytes.read(ch, file, textStart, textEnd - textStart + 1, "TEXT segment");
        Map<String, String> primary = TextParser.parse(text, textStart, "TEXT", log);
        Keywords primaryKw = new Keywords(primary);

        Map<String, String> merged = new LinkedHashMap<>(primary);
        readSupplemental(ch, file, fileSize, base, text[0], textStart, textEnd, primaryKw, log).ifPresent(sup -> {
            for (Map.Entry<String, String> e : sup.entrySet()) {
                if (!primaryKw.contains(e.getKey())) {
                    merged.put(e.getKey(), e.getValue());
                }
            }
        });
        Keywords kw = new Keywords(merged);

        char dataType = ParameterParser.dataType(kw, log);
        List<Parameter> params = ParameterParser.parse(kw, dataType, log);

        long declaredTot = -1;
        String totRaw = kw.getOrNull("$TOT");
        if (totRaw == null) {
            if (h.version().equals("2.0")) {
                log.note("TOT_MISSING", "$TOT is absent (optional in FCS 2.0); event count taken from the DATA length");
            } else {
                log.recover("TOT_MISSING", -1, "$TOT", "$TOT is missing");
            }
        } else {
            Optional<Long> t = kw.getLong("$TOT");
            if (t.isEmpty() || t.get() < 0) {
                log.recover("TOT_INVALID", -1, "$TOT", "expected a whole number for $TOT, found \"" + totRaw + "\"");
            } else {
                declaredTot = t.get();
            }
        }

        double timestep = 1;
        String tsRaw = kw.trimmed("$TIMESTEP").orElse(null);
        if (tsRaw != null) {
            Double ts = kw.getDouble("$TIMESTEP").orElse(null);
            if (ts == null || !(ts > 0)) {
                log.recover("TIMESTEP_INVALID", -1, "$TIMESTEP", "expected a positive number for $TIMESTEP, found \"" + tsRaw + "\"; time not scaled");
            } else {
                timestep = ts;
            }
        }

        DataLocator.Location location = null;
        FcsFormatException dataProblem = null;
        try {
            location = planData(kw, params, so, base, fileSize, textStart, textEnd, declaredTot, h.version(), file, log);
        } catch (FcsFormatException e) {
            if (stringency == Stringency.STRICT) {
                throw e;
            }
            dataProblem = e;
            log.note("DATA_UNREADABLE", e.getMessage());
        }

        long[] analysis = analysisRange(kw, so, base, fileSize, log);
        long next = nextOffset(kw, base, fileSize, log);
        DataSet ds = new DataSet(file, index, base, h.version(), so, kw, params, log.snapshot(), location,
                dataProblem, Math.max(declaredTot, 0), analysis[0], analysis[1], timestep);
        return new Result(ds, next);
    }

    private static DataLocator.Location planData(Keywords kw, List<Parameter> params, SegmentOffsets so, long base,
                                                 long fileSize, long textStart, long textEnd, long declaredTot,
                                                 String version, Path file, IssueLog log) {
        String mode = kw.trimmed("$MODE").orElse(null);
        if (mode == null && version.equals("3.2")) {
            mode = "L"; // FCS 3.2 deprecates $MODE: list mode is the only mode
        } else if (mode == null) {
            log.recover("MODE_MISSING", -1, "$MODE", "$MODE is missing; read as L (list mode)");
        } else if (!mode.equalsIgnoreCase("L")) {
            throw new UnsupportedFcsException(file, -1, "$MODE", "$MODE " + mode
                    + " (histogram data) is not supported; only list mode (L) can be read");
        }
        boolean binary = false;
        for (Parameter p : params) {
            binary |= p.dataType() != 'A' && p.bits() > 8;
        }
        boolean anyDelimited = false;
        boolean allDelimited = true;
        for (Parameter p : params) {
            boolean d = p.dataType() == 'A' && p.bits() == 0;
            anyDelimited |= d;
            allDelimited &= d;
        }
        if (anyDelimited && !allDelimited) {
            throw new FcsFormatException(file, -1, "$PnB", "delimited ASCII ('*') must apply to every parameter");
        }
        String byteordRaw = kw.getOrNull("$BYTEORD");
        ByteOrderSpec bo = ByteOrderSpec.parse(byteordRaw, log, binary);
        int byteordWidth = byteordRaw == null ? 0 : byteordRaw.split(",").length;
        if (byteordWidth > 8) {
            byteordWidth = 0; // not a word size; ByteOrderSpec has already reported it
        }
        List<RecordLayout> layouts = RecordLayout.candidates(params, bo, byteordWidth);

        List<DataLocator.Candidate> cands = new ArrayList<>();
        boolean headerSet = so.dataStart() != 0 || so.dataEnd() != 0;
        Long tb = kw.getLong("$BEGINDATA").orElse(null);
        Long te = kw.getLong("$ENDDATA").orElse(null);
        boolean textSet = tb != null && te != null && (tb != 0 || te != 0);
        if (kw.contains("$BEGINDATA") && tb == null) {
            log.recover("BEGINDATA_INVALID", -1, "$BEGINDATA", "expected a whole number for $BEGINDATA, found \"" + kw.getOrNull("$BEGINDATA") + "\"");
        }
        if (headerSet && textSet && tb == so.dataStart() && te == so.dataEnd()) {
            cands.add(new DataLocator.Candidate("HEADER=TEXT", base + tb, base + te));
        } else {
            if (textSet) {
                cands.add(new DataLocator.Candidate("TEXT", base + tb, base + te));
            }
            if (headerSet) {
                cands.add(new DataLocator.Candidate("HEADER", base + so.dataStart(), base + so.dataEnd()));
            }
        }
        boolean totOptional = version.equals("2.0") && !kw.contains("$TOT");
        return DataLocator.locate(cands, layouts, declaredTot, totOptional, fileSize, textStart, textEnd, log);
    }

    private static Optional<Map<String, String>> readSupplemental(FileChannel ch, Path file, long fileSize, long base,
                                                                 byte delim, long textStart, long textEnd,
                                                                 Keywords kw, IssueLog log) {
        Long s = kw.getLong("$BEGINSTEXT").orElse(null);
        Long e = kw.getLong("$ENDSTEXT").orElse(null);
        if (s == null || e == null || (s == 0 && e == 0)) {
            return Optional.empty();
        }
        long start = base + s;
        long end = base + e;
        if (start == textStart) {
            return Optional.empty(); // points at the primary TEXT (Accuri writes this)
        }
        if (s <= 0 || end < start || end >= fileSize || (start <= textEnd && end >= textStart)) {
            log.recover("STEXT_INVALID", start, "$BEGINSTEXT", "supplemental TEXT [" + s + ", " + e
                    + "] is not a valid range in the file; ignored");
            return Optional.empty();
        }
        byte[] b = FileBytes.read(ch, file, start, end - start + 1, "supplemental TEXT");
        if (b.length < 2 || b[0] != delim) {
            log.note("STEXT_NOT_TEXT", "supplemental TEXT at byte " + start + " does not start with the TEXT delimiter; ignored");
            return Optional.empty();
        }
        try {
            return Optional.of(TextParser.parse(b, start, "supplemental TEXT", log));
        } catch (FcsFormatException ex) {
            if (log.stringency() == Stringency.STRICT) {
                throw ex;
            }
            log.note("STEXT_UNREADABLE", ex.getMessage());
            return Optional.empty();
        }
    }

    private static long[] analysisRange(Keywords kw, SegmentOffsets so, long base, long fileSize, IssueLog log) {
        long s = so.analysisStart();
        long e = so.analysisEnd();
        if (s == 0 && e == 0) {
            s = kw.getLong("$BEGINANALYSIS").orElse(0L);
            e = kw.getLong("$ENDANALYSIS").orElse(0L);
        }
        if (s == 0 && e == 0) {
            return new long[] {0, -1};
        }
        if (s < HeaderParser.HEADER_LENGTH || e < s || base + e >= fileSize) {
            log.recover("ANALYSIS_INVALID", base + s, "$BEGINANALYSIS", "ANALYSIS segment [" + s + ", " + e
                    + "] is not a valid range in the file; ignored");
            return new long[] {0, -1};
        }
        return new long[] {base + s, base + e};
    }

    private static long nextOffset(Keywords kw, long base, long fileSize, IssueLog log) {
        String raw = kw.trimmed("$NEXTDATA").orElse(null);
        if (raw == null) {
            return 0;
        }
        Long n = kw.getLong("$NEXTDATA").orElse(null);
        if (n == null || n < 0) {
            log.recover("NEXTDATA_INVALID", -1, "$NEXTDATA", "expected a whole number for $NEXTDATA, found \"" + raw + "\"; chain ends here");
            return 0;
        }
        if (n == 0) {
            return 0;
        }
        long next = base + n;
        if (next + HeaderParser.HEADER_LENGTH > fileSize || next < 0) {
            log.recover("NEXTDATA_PAST_EOF", next, "$NEXTDATA", "$NEXTDATA " + n + " points past the end of the file; chain ends here");
            return 0;
        }
        return next;
    }
}

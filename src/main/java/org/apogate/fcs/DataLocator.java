package org.apogate.fcs;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides where a data set's DATA segment really is. HEADER and TEXT offsets disagree in real files
 * (Accuri C6 and CyAn write TEXT offsets that point into TEXT; others write a HEADER end past EOF), so
 * each candidate is checked against the file length, the TEXT segment and $TOT x event size, and the
 * consistent one wins.
 */
final class DataLocator {

    /** The chosen DATA location: absolute inclusive [start, end], the event count and layout. */
    record Location(long start, long end, long events, RecordLayout layout, String source) {
    }

    /** A candidate pair of offsets, absolute. */
    record Candidate(String source, long start, long end) {
    }

    private record Verdict(int rank, long events, long usedEnd, String problem, String code) {
    }

    private DataLocator() {
    }

    /**
     * @param declaredTot $TOT, or -1 when absent or not a number
     * @param totOptional true when the version does not require $TOT (FCS 2.0)
     * @return the location; problems that prevent decoding become a thrown FcsFormatException
     */
    static Location locate(List<Candidate> candidates, List<RecordLayout> layouts, long declaredTot,
                           boolean totOptional, long fileSize, long textStart, long textEnd, IssueLog log) {
        if (candidates.isEmpty()) {
            if (declaredTot == 0) {
                return new Location(0, -1, 0, layouts.get(0), "none");
            }
            throw new FcsFormatException(log.file(), -1, "$BEGINDATA",
                    "no DATA offsets: HEADER data offsets are 0 and TEXT has no $BEGINDATA/$ENDDATA");
        }
        Verdict best = null;
        Candidate bestC = null;
        RecordLayout bestL = null;
        List<String> problems = new ArrayList<>();
        for (RecordLayout layout : layouts) {
            for (Candidate c : candidates) {
                Verdict v = judge(c, layout, declaredTot, fileSize, textStart, textEnd);
                if (v.problem != null && v.rank >= 9) {
                    problems.add(c.source + " [" + c.start + ", " + c.end + "] " + v.problem);
                }
                if (best == null || v.rank < best.rank) {
                    best = v;
                    bestC = c;
                    bestL = layout;
                }
            }
        }
        if (best.rank >= 9) {
            // rank 10-15: the length disagrees with $TOT; above: the offsets themselves are impossible
            String keyword = best.rank <= 15 ? "$TOT" : "$BEGINDATA";
            throw new FcsFormatException(log.file(), bestC.start, keyword,
                    "no usable DATA segment: " + String.join("; ", problems));
        }
        if (bestL != layouts.get(0)) {
            log.recover("DATA_LAYOUT", bestC.start, null, "integer fields read as " + bestL.rule
                    + " (event size " + bestL.eventBytes + " bytes) to match the DATA length");
        }
        if (candidates.size() > 1) {
            Candidate other = candidates.get(0) == bestC ? candidates.get(1) : candidates.get(0);
            log.recover("DATA_OFFSETS_DISAGREE", bestC.start, "$BEGINDATA", "HEADER and TEXT DATA offsets disagree ("
                    + other.source + " [" + other.start + ", " + other.end + "] vs " + bestC.source + " ["
                    + bestC.start + ", " + bestC.end + "]); used " + bestC.source
                    + ", which is consistent with $TOT x event size and the file length");
        }
        if (best.problem != null && totOptional && declaredTot < 0 && best.code.equals("TOT_DERIVED")) {
            log.note(best.code, best.problem);
        } else if (best.problem != null) {
            log.recover(best.code, bestC.start, null, best.problem);
        }
        return new Location(bestC.start, best.usedEnd, best.events, bestL, bestC.source);
    }

    /** Lower rank is better; rank 9 and above is unusable. */
    private static Verdict judge(Candidate c, RecordLayout layout, long tot, long fileSize, long textStart, long textEnd) {
        long start = c.start;
        long end = c.end;
        if (start < 0 || end < start - 1) {
            return new Verdict(20, 0, end, "is not a valid range", null);
        }
        if (start >= fileSize) {
            return new Verdict(19, 0, end, "starts past the end of the file (" + fileSize + " bytes)", null);
        }
        if (start <= textEnd && end >= textStart && textEnd >= textStart) {
            return new Verdict(18, 0, end, "overlaps the TEXT segment [" + textStart + ", " + textEnd + "]", null);
        }
        long length = end - start + 1;
        long available = Math.min(end, fileSize - 1) - start + 1;
        boolean pastEof = end >= fileSize;
        if (layout.delimitedAscii) {
            if (pastEof) {
                return new Verdict(5, Math.max(tot, 0), fileSize - 1, "DATA end " + end + " runs past the end of the file; read to EOF", "DATA_END_PAST_EOF");
            }
            return new Verdict(0, Math.max(tot, 0), end, null, null);
        }
        long size = layout.eventBytes;
        if (size <= 0) {
            return new Verdict(20, 0, end, "has an event size of 0 bytes", null);
        }
        if (tot <= 0) {
            long usable = available;
            String how = tot == 0 ? "$TOT is 0" : "$TOT is missing";
            if (usable % size == 0 && usable > 0) {
                return new Verdict(pastEof ? 6 : 4, usable / size, start + usable - 1, how + "; " + (usable / size)
                        + " events derived from the DATA length", "TOT_DERIVED");
            }
            if (usable % size == 1 && usable > 1) {
                return new Verdict(pastEof ? 6 : 4, usable / size, start + usable - 2, how + "; " + (usable / size)
                        + " events derived from the DATA length (one extra byte at the end)", "TOT_DERIVED");
            }
            if (tot == 0 && length <= 1) {
                return new Verdict(3, 0, start - 1, null, null);
            }
            return new Verdict(10, 0, end, how + " and the DATA length " + usable + " is not a multiple of the event size " + size, null);
        }
        if (tot > Long.MAX_VALUE / size) {
            return new Verdict(15, 0, end, "$TOT " + tot + " x event size " + size + " overflows", null);
        }
        long expected = tot * size;
        long expectedEnd = start + expected - 1;
        if (length == expected && !pastEof) {
            return new Verdict(0, tot, end, null, null);
        }
        if (expectedEnd < fileSize && length == expected + 1) {
            return new Verdict(1, tot, expectedEnd, "DATA end offset " + end + " is one byte past the data ($TOT x event size = "
                    + expected + " bytes)", "DATA_END_OFF_BY_ONE");
        }
        if (expectedEnd < fileSize && length > expected && !pastEof) {
            return new Verdict(2, tot, expectedEnd, "DATA segment has " + (length - expected)
                    + " bytes beyond $TOT x event size; ignored", "DATA_TRAILING_BYTES");
        }
        if (expectedEnd < fileSize && pastEof) {
            return new Verdict(3, tot, expectedEnd, "DATA end offset " + end + " runs past the end of the file ("
                    + fileSize + " bytes); $TOT x event size fits", "DATA_END_PAST_EOF");
        }
        if (pastEof && length >= expected && available >= size) {
            long events = available / size;
            return new Verdict(7, events, start + events * size - 1, "file is truncated: DATA holds " + events + " of $TOT "
                    + tot + " events", "DATA_TRUNCATED");
        }
        return new Verdict(12, 0, end, "holds " + length + " bytes but $TOT " + tot + " x event size " + size
                + " = " + expected + (pastEof ? " and runs past the end of the file (" + fileSize + " bytes)" : ""), null);
    }
}

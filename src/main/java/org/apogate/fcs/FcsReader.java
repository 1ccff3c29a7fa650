package org.apogate.fcs;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Opens FCS 2.0/3.0/3.1/3.2 files. Reads HEADER, TEXT and supplemental TEXT of every data set in the
 * $NEXTDATA chain; never touches DATA (events stream later from {@link DataSet#openEvents}).
 */
public final class FcsReader {

    private FcsReader() {
    }

    public static FcsFile open(Path path) {
        return open(path, ReadOptions.defaults());
    }

    public static FcsFile open(Path path, ReadOptions options) {
        if (java.nio.file.Files.isDirectory(path)) {
            throw new FcsFormatException(path, -1, null, "is a directory, expected an FCS file");
        }
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = ch.size();
            List<DataSet> sets = new ArrayList<>();
            Set<Long> seen = new HashSet<>();
            long base = 0;
            while (true) {
                seen.add(base);
                DataSetReader.Result r;
                try {
                    r = DataSetReader.read(ch, path, size, sets.size(), base, options.stringency());
                } catch (FcsFormatException e) {
                    if (sets.isEmpty() || options.stringency() == Stringency.STRICT) {
                        throw e;
                    }
                    // A broken later data set must not hide the readable ones before it.
                    DataSet prev = sets.remove(sets.size() - 1);
                    sets.add(withIssue(prev, new ReadIssue("NEXTDATA_UNREADABLE", e.getMessage()), options));
                    break;
                }
                sets.add(r.dataSet());
                long next = r.nextOffset();
                if (next == 0) {
                    break;
                }
                if (seen.contains(next) || sets.size() >= options.maxDataSets()) {
                    if (options.stringency() == Stringency.STRICT) {
                        throw new FcsFormatException(path, next, "$NEXTDATA", "$NEXTDATA chain loops back or exceeds "
                                + options.maxDataSets() + " data sets");
                    }
                    DataSet prev = sets.remove(sets.size() - 1);
                    sets.add(withIssue(prev, new ReadIssue("NEXTDATA_LOOP", "$NEXTDATA points at byte " + next
                            + ", already read or beyond the data set limit; chain ends here"), options));
                    break;
                }
                base = next;
            }
            return new FcsFile(path, size, sets);
        } catch (NoSuchFileException e) {
            throw new FcsFormatException(path, -1, null, "file does not exist");
        } catch (IOException e) {
            throw new FcsFormatException(path, -1, null, "a readable file (" + e + ")", e);
        }
    }

    private static DataSet withIssue(DataSet d, ReadIssue issue, ReadOptions options) {
        if (options.stringency() == Stringency.SILENT) {
            return d;
        }
        return d.withExtraIssue(issue);
    }
}

package org.apogate.fcs;

import java.nio.file.Path;
import java.util.List;

/** An opened FCS file: the metadata of every data set in its $NEXTDATA chain. Immutable. */
public final class FcsFile {
    private final Path path;
    private final long fileSize;
    private final List<DataSet> dataSets;

    FcsFile(Path path, long fileSize, List<DataSet> dataSets) {
        this.path = path;
        this.fileSize = fileSize;
        this.dataSets = List.copyOf(dataSets);
    }

    public Path path() {
        return path;
    }

    public long fileSize() {
        return fileSize;
    }

    public int dataSetCount() {
        return dataSets.size();
    }

    /** The data set at this 0-based chain position. */
    public DataSet dataSet(int index0) {
        if (index0 < 0 || index0 >= dataSets.size()) {
            throw new IndexOutOfBoundsException("data set " + index0 + " of " + dataSets.size() + " in " + path);
        }
        return dataSets.get(index0);
    }

    public List<DataSet> dataSets() {
        return dataSets;
    }
}

package org.apogate.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apogate.compensation.SpilloverKeywords;
import org.apogate.compensation.SpilloverMatrix;
import org.apogate.fcs.DataSet;
import org.apogate.fcs.FcsFile;
import org.apogate.fcs.Parameter;
import org.apogate.fcs.ReadIssue;

/** What {@code apogate info} reports of one file; serialised as-is for {@code --json}. */
record FileInfo(String file, @JsonProperty("size_bytes") Long sizeBytes, String error,
                @JsonProperty("data_sets") List<DataSetInfo> dataSets) {

    record DataSetInfo(int index, String version, String cyt, long events,
                       @JsonProperty("data_type") String dataType, @JsonProperty("byte_order") String byteOrder,
                       List<ChannelInfo> channels, SpilloverInfo spillover, List<String> warnings) {
    }

    record ChannelInfo(int index, String name, String stain, int bits, double range,
                       @JsonProperty("data_type") String dataType) {
    }

    record SpilloverInfo(String keyword, List<String> channels) {
    }

    static FileInfo failed(Path file, String error) {
        return new FileInfo(file.toString(), null, error, List.of());
    }

    static FileInfo of(FcsFile fcs) {
        List<DataSetInfo> sets = new ArrayList<>();
        for (DataSet ds : fcs.dataSets()) {
            sets.add(dataSet(ds));
        }
        return new FileInfo(fcs.path().toString(), fcs.fileSize(), null, sets);
    }

    private static DataSetInfo dataSet(DataSet ds) {
        List<ChannelInfo> channels = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Parameter p : ds.parameters()) {
            channels.add(new ChannelInfo(p.index() + 1, p.name(), p.stain(), p.bits(), p.range(),
                    String.valueOf(p.dataType())));
            names.add(p.name());
        }
        List<String> warnings = new ArrayList<>();
        for (ReadIssue issue : ds.issues()) {
            warnings.add(issue.message());
        }
        SpilloverInfo spill = null;
        try {
            var parsed = SpilloverKeywords.parse(ds.keywords(), names);
            warnings.addAll(parsed.warnings());
            if (parsed.matrix().isPresent()) {
                SpilloverMatrix m = parsed.matrix().get();
                spill = new SpilloverInfo(m.source(), m.channels());
            }
        } catch (RuntimeException e) {
            warnings.add("spillover keyword unreadable: " + ErrorHandler.oneLine(e));
        }
        return new DataSetInfo(ds.index() + 1, ds.version(), ds.keywords().trimmed("$CYT").orElse(null),
                ds.eventCount(), ds.keywords().trimmed("$DATATYPE").orElse(null),
                ds.keywords().trimmed("$BYTEORD").orElse(null), channels, spill, warnings);
    }
}

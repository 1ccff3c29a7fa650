package org.apogate.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** The human-readable layout of {@code apogate info}. */
final class InfoText {
    private InfoText() {
    }

    static void print(FileInfo info, PrintWriter out) {
        out.printf(Locale.ROOT, "%s (%d bytes, %d data set%s)%n", info.file(), info.sizeBytes(),
                info.dataSets().size(), info.dataSets().size() == 1 ? "" : "s");
        for (FileInfo.DataSetInfo ds : info.dataSets()) {
            out.printf(Locale.ROOT, "  data set %d: FCS %s, instrument %s, %d events, $DATATYPE %s, $BYTEORD %s%n",
                    ds.index(), ds.version(), ds.cyt() == null ? "(no $CYT)" : ds.cyt(), ds.events(),
                    ds.dataType(), ds.byteOrder());
            out.printf(Locale.ROOT, "    %-4s %-24s %-28s %5s %12s %s%n", "#", "name", "stain", "bits", "range", "type");
            for (FileInfo.ChannelInfo c : ds.channels()) {
                out.printf(Locale.ROOT, "    %-4d %-24s %-28s %5d %12s %s%n", c.index(), c.name(),
                        c.stain() == null ? "" : c.stain(), c.bits(), ShortestDecimal.ofDouble(c.range()), c.dataType());
            }
            if (ds.spillover() == null) {
                out.println("    spillover: none");
            } else {
                out.printf(Locale.ROOT, "    spillover: %s, %d channels: %s%n", ds.spillover().keyword(),
                        ds.spillover().channels().size(), String.join(", ", ds.spillover().channels()));
            }
            for (String w : ds.warnings()) {
                out.println("    warning: " + w);
            }
        }
    }
}

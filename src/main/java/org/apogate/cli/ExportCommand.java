package org.apogate.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apogate.fcs.DataSet;
import org.apogate.fcs.EventBlock;
import org.apogate.fcs.EventSource;
import org.apogate.fcs.FcsFile;
import org.apogate.fcs.FcsReader;
import org.apogate.fcs.Parameter;
import org.apogate.fcs.ValueScale;
import org.apogate.report.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code apogate export}: the events of one data set as CSV/TSV, streamed. */
@Command(name = "export",
        description = "Writes the events of one data set as CSV or TSV: a header of $PnN names, one row per event.",
        footer = ExitCodes.HELP_FOOTER,
        mixinStandardHelpOptions = true)
public final class ExportCommand implements Callable<Integer> {

    enum Format { csv, tsv }

    @Spec
    CommandSpec spec;

    @Mixin
    ReadingOptions reading;

    @Mixin
    VerboseOption verbose;

    @Option(names = "--format", defaultValue = "csv", description = "csv or tsv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--dataset", defaultValue = "1", paramLabel = "N",
            description = "Data set to export, counting from 1 (default: ${DEFAULT-VALUE}).")
    int dataset;

    @Option(names = "--scaled", description = "Apply $PnE log decoding and $TIMESTEP (default: raw stored values after $PnR masking).")
    boolean scaled;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file; '-' or absent: standard output.")
    String output;

    @Parameters(index = "0", paramLabel = "FILE", description = "FCS/LMD file.")
    Path file;

    @Override
    public Integer call() throws IOException {
        FcsFile fcs = FcsReader.open(file, reading.readOptions());
        if (dataset < 1 || dataset > fcs.dataSetCount()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--dataset " + dataset
                    + " is out of range: " + file + " has " + fcs.dataSetCount() + " data set(s)");
        }
        DataSet ds = fcs.dataSet(dataset - 1);
        if (output == null || output.equals("-")) {
            Writer w = new BufferedWriter(spec.commandLine().getOut(), 1 << 16);
            write(ds, w);
            w.flush();
        } else {
            AtomicFiles.write(Path.of(output), os -> {
                Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
                write(ds, w);
                w.flush();
            });
        }
        return ExitCodes.OK;
    }

    private void write(DataSet ds, Writer w) throws IOException {
        char sep = format == Format.csv ? ',' : '\t';
        List<Parameter> params = ds.parameters();
        for (int c = 0; c < params.size(); c++) {
            if (c > 0) {
                w.write(sep);
            }
            w.write(Csv.field(params.get(c).name(), sep));
        }
        w.write('\n');
        ValueFormatter[] fmt = new ValueFormatter[params.size()];
        for (int c = 0; c < fmt.length; c++) {
            fmt[c] = ValueFormatter.forParameter(params.get(c), scaled);
        }
        try (EventSource src = ds.openEvents(scaled ? ValueScale.SCALED : ValueScale.RAW, 8192)) {
            StringBuilder line = new StringBuilder(256);
            for (EventBlock b = src.next(); b != null; b = src.next()) {
                for (int i = 0; i < b.size(); i++) {
                    line.setLength(0);
                    for (int c = 0; c < fmt.length; c++) {
                        if (c > 0) {
                            line.append(sep);
                        }
                        line.append(fmt[c].format(b.column(c)[i]));
                    }
                    line.append('\n');
                    w.append(line);
                }
            }
        }
    }
}

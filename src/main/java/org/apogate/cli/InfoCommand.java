package org.apogate.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apogate.error.ApoGateException;
import org.apogate.fcs.FcsFile;
import org.apogate.fcs.FcsReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code apogate info}: what is in each FCS file, without reading its events. */
@Command(name = "info",
        description = "Shows version, instrument, data sets, events, channels, spillover and read warnings of FCS files.",
        footer = ExitCodes.HELP_FOOTER,
        mixinStandardHelpOptions = true)
public final class InfoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ReadingOptions reading;

    @Mixin
    VerboseOption verbose;

    @Option(names = "--json", description = "Print JSON (schema in the README) instead of text.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "FCS/LMD files.")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<FileInfo> infos = new ArrayList<>();
        int failed = 0;
        for (Path file : files) {
            try {
                FcsFile fcs = FcsReader.open(file, reading.readOptions());
                infos.add(FileInfo.of(fcs));
            } catch (ApoGateException e) {
                failed++;
                err.println("apogate: " + ErrorHandler.oneLine(e));
                infos.add(FileInfo.failed(file, ErrorHandler.oneLine(e)));
            }
        }
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            out.println(mapper.writeValueAsString(new InfoReport(1, infos)));
        } else {
            for (FileInfo info : infos) {
                if (info.error() == null) {
                    InfoText.print(info, out);
                }
            }
        }
        out.flush();
        err.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    /** The JSON document: {@code {"schema_version": 1, "files": [...]}}. */
    record InfoReport(@com.fasterxml.jackson.annotation.JsonProperty("schema_version") int schemaVersion,
                      List<FileInfo> files) {
    }
}

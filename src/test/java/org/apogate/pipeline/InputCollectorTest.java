package org.apogate.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputCollectorTest {
    @TempDir
    Path dir;

    private Path touch(String rel) throws Exception {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.write(p, new byte[] {1});
        return p;
    }

    private List<String> names(InputCollector.Inputs in) {
        return in.files().stream().map(p -> dir.relativize(p).toString().replace('\\', '/')).toList();
    }

    @Test
    void foldersAreSearchedRecursivelyForFcsAndLmdInAnyCaseAndSorted() throws Exception {
        touch("b.FCS");
        touch("a.lmd");
        touch("notes.txt");
        touch("sub dir/z é.fcs");
        touch(".hidden.fcs");
        InputCollector.Inputs in = InputCollector.collect(List.of(dir.toString()));
        assertEquals(List.of("a.lmd", "b.FCS", "sub dir/z é.fcs"), names(in));
        assertEquals(List.of(), in.unmatched());
    }

    @Test
    void duplicatesAreProcessedOnceAndExplicitFilesKeepAnyExtension() throws Exception {
        Path a = touch("a.fcs");
        Path odd = touch("export.dat");
        InputCollector.Inputs in = InputCollector.collect(List.of(a.toString(), dir.toString(),
                dir.resolve("./a.fcs").toString(), odd.toString()));
        assertEquals(List.of("a.fcs", "export.dat"), names(in));
    }

    @Test
    void globsMatchBelowTheirFixedPrefixAndUnmatchedArgumentsAreReported() throws Exception {
        touch("plate1/A01.fcs");
        touch("plate1/A02.fcs");
        touch("plate2/A01.fcs");
        String glob = dir.toString().replace('\\', '/') + "/plate*/A01.fcs";
        InputCollector.Inputs in = InputCollector.collect(List.of(glob, dir.resolve("missing.fcs").toString()));
        assertEquals(List.of("plate1/A01.fcs", "plate2/A01.fcs"), names(in));
        assertEquals(List.of(dir.resolve("missing.fcs").toString()), in.unmatched());
    }
}

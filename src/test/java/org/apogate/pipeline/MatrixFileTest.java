package org.apogate.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apogate.compensation.CompensationException;
import org.apogate.compensation.SpilloverCsv;
import org.apogate.compensation.SpilloverMatrix;
import org.apogate.config.ApoGateConfig;
import org.apogate.config.ConfigLoader;
import org.apogate.fcs.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compensation.file is read once: the matrix and its hash come from the same bytes. */
class MatrixFileTest {
    @TempDir
    Path tmp;

    @Test
    void matrixAndHashComeFromTheFile() throws Exception {
        Path file = tmp.resolve("spill matrix.csv");
        // the SHA-256 of these exact bytes, from `printf 'FITC-A,PE-A\n1,0.2\n0.01,1\n' | sha256sum`
        Files.write(file, "FITC-A,PE-A\n1,0.2\n0.01,1\n".getBytes(StandardCharsets.UTF_8));

        MatrixFile m = MatrixFile.load(file);

        assertEquals("5056825f2cc65c45c63dd37e6167ef561ce9315a1db6c946f9ea1102122257d5", m.sha256());
        SpilloverMatrix expected = SpilloverCsv.read(file);
        assertEquals(List.of("FITC-A", "PE-A"), m.matrix().channels());
        assertArrayEquals(expected.values(), m.matrix().values());
        assertEquals(0.2, m.matrix().get(0, 1));
    }

    @Test
    void settingsResolveTheFileAgainstTheConfigFolderAndReadItOnce() throws Exception {
        Files.writeString(tmp.resolve("m.csv"), "FITC-A,PE-A\n1,0.3\n0,1\n");
        ApoGateConfig config = ConfigLoader.parse("version: 1\ncompensation:\n  source: file\n  file: m.csv\n", "c.yaml");

        Settings s = new Settings(config, "x", tmp, ReadOptions.defaults());
        Files.writeString(tmp.resolve("m.csv"), "FITC-A,PE-A\n1,0.9\n0,1\n"); // changed after the run started

        assertEquals(tmp.resolve("m.csv"), s.matrixFile().path());
        assertEquals(0.3, s.matrixFile().matrix().get(0, 1));
        assertEquals(null, new Settings(ApoGateConfig.defaults(), "x", tmp, ReadOptions.defaults()).matrixFile());
    }

    @Test
    void missingOrMalformedFilesAreCompensationErrorsNamingTheFile() throws Exception {
        CompensationException missing = assertThrows(CompensationException.class, () -> MatrixFile.load(tmp.resolve("none.csv")));
        assertTrue(missing.getMessage().contains("none.csv") && missing.getMessage().contains("no such file"), missing.getMessage());

        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "FITC-A,PE-A\n1,x\n0,1\n");
        CompensationException malformed = assertThrows(CompensationException.class, () -> MatrixFile.load(bad));
        assertTrue(malformed.getMessage().contains("bad.csv"), malformed.getMessage());

        Path latin1 = tmp.resolve("latin1.csv");
        Files.write(latin1, new byte[] {'F', (byte) 0xE9, ',', 'P', '\n', '1', ',', '0', '\n', '0', ',', '1', '\n'});
        CompensationException encoding = assertThrows(CompensationException.class, () -> MatrixFile.load(latin1));
        assertTrue(encoding.getMessage().contains("not UTF-8"), encoding.getMessage());
    }
}

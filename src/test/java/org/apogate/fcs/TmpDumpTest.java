package org.apogate.fcs;
import java.nio.file.*;
import org.junit.jupiter.api.Test;
class TmpDumpTest {
  @Test void dump() throws Exception {
    try (var s = Files.walk(Path.of("/work/shared/fcs-corpus"))) {
      for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile).filter(x -> x.toString().matches("(?i).*\\.(fcs|lmd)$")).sorted()::iterator) {
        try {
          FcsFile f = FcsReader.open(p);
          for (DataSet d : f.dataSets()) System.out.println("OUT " + p.getFileName() + " #" + d.index() + " " + d.eventCount() + " " + d.dataStart() + ".." + d.dataEnd() + " " + d.issues());
        } catch (Exception e) { System.out.println("OUT " + p.getFileName() + " EXC " + e); }
        try { FcsReader.open(p, ReadOptions.strict()); } catch (Exception e) { System.out.println("OUT   strict: " + e.getMessage()); }
      }
    }
  }
}

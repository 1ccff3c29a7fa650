package org.apogate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sample sheets: columns, pins, metadata order, lookup by file name, and every error with line:column. */
class SampleSheetTest {

    private static ConfigIssue only(String csv) {
        ConfigException e = assertThrows(ConfigException.class, () -> SampleSheet.parse(csv, "sheet.csv"));
        assertEquals(1, e.issues().size(), () -> e.issues().toString());
        return e.issues().get(0);
    }

    private static void assertAt(ConfigIssue issue, int line, int column, String columnName) {
        assertEquals(line, issue.line(), issue::format);
        assertEquals(column, issue.column(), issue::format);
        assertEquals(columnName, issue.keyPath(), issue::format);
    }

    @Test
    void readsRowsPinsAndMetadataInOrder() {
        String csv = """
                file,role,group,donor,annexin_channel,viability_channel,dose (uM)
                # controls first
                data/Unstained.fcs,unstained,,D1,,,0
                plate1/A01.fcs,sample,staurosporine,D1,FITC-A,"PE-Texas Red-A",1.5
                A02.fcs,Sample,"staurosporine, 24h",D2,,,"say ""hi""\"

                AnnV_only.fcs,annexin_only,,D1,,,0
                """;
        SampleSheet sheet = SampleSheet.parse(csv, "sheet.csv");
        assertEquals(List.of("donor", "dose (uM)"), sheet.metadataColumns());
        assertEquals(4, sheet.rows().size());

        SampleSheetRow a01 = sheet.rows().get(1);
        assertEquals("plate1/A01.fcs", a01.file());
        assertEquals("A01.fcs", a01.fileName());
        assertEquals(SampleRole.SAMPLE, a01.role());
        assertEquals("staurosporine", a01.group());
        assertEquals("FITC-A", a01.annexinChannel());
        assertEquals("PE-Texas Red-A", a01.viabilityChannel());
        LinkedHashMap<String, String> expected = new LinkedHashMap<>();
        expected.put("donor", "D1");
        expected.put("dose (uM)", "1.5");
        assertEquals(expected, a01.metadata());
        assertEquals(List.of("donor", "dose (uM)"), List.copyOf(a01.metadata().keySet()));

        SampleSheetRow a02 = sheet.rows().get(2);
        assertEquals("staurosporine, 24h", a02.group());
        assertEquals("say \"hi\"", a02.metadata().get("dose (uM)"));
        assertNull(a02.annexinChannel());

        SampleSheetRow unstained = sheet.rows().get(0);
        assertEquals(SampleRole.UNSTAINED, unstained.role());
        assertEquals("", unstained.group());
    }

    @Test
    void lookupIsByFileNameIgnoringCaseAndDirectories() {
        SampleSheet sheet = SampleSheet.parse("file,role,group\nruns/Tube_01.FCS,sample,g\n", "s.csv");
        assertEquals("g", sheet.find("tube_01.fcs").orElseThrow().group());
        assertEquals("g", sheet.find(Path.of("/other/dir/TUBE_01.fcs")).orElseThrow().group());
        assertEquals("g", sheet.find("C:\\export\\Tube_01.FCS").orElseThrow().group());
        assertTrue(sheet.find("Tube_02.fcs").isEmpty());
    }

    @Test
    void semicolonAndTabSeparatedSheetsAreRead() {
        assertEquals("x", SampleSheet.parse("file;role;group\na.fcs;sample;x\n", "s.csv").rows().get(0).group());
        assertEquals("x", SampleSheet.parse("file\trole\tgroup\na.fcs\tsample\tx\n", "s.tsv").rows().get(0).group());
        assertEquals("x", SampleSheet.parse("\uFEFFfile,role,group\r\na.fcs,sample,x\r\n", "s.csv").rows().get(0).group());
    }

    @Test
    void readsFromAFile(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("samples.csv");
        Files.writeString(csv, "File,Role,Group\nx.fcs,viability_only,\n", StandardCharsets.UTF_8);
        SampleSheet sheet = SampleSheet.read(csv);
        assertEquals(SampleRole.VIABILITY_ONLY, sheet.rows().get(0).role());
        assertEquals(csv.toString(), sheet.source());
    }

    @Test
    void unknownRoleIsReportedAtItsCell() {
        ConfigIssue i = only("file,role,group\na.fcs,sample,\nb.fcs,smaple,g\n");
        assertAt(i, 3, 7, "role");
        assertEquals("sheet.csv:3:7: role: must be one of sample, unstained, annexin_only, viability_only, got 'smaple'"
                + " (did you mean sample?)", i.format());
    }

    @Test
    void missingRequiredColumnIsNamed() {
        ConfigIssue i = only("file,rol,group\na.fcs,sample,\n");
        assertAt(i, 1, 6, "role");
        assertEquals("missing required column 'role'; found 'rol' here (did you mean role?)", i.problem());
        assertAt(only("file,role\na.fcs,sample\n"), 1, 1, "group");
    }

    @Test
    void columnNamesResemblingReservedOnesAreErrors() {
        ConfigIssue i = only("file,role,group,anexin_channel\na.fcs,sample,,FITC-A\n");
        assertAt(i, 1, 17, "anexin_channel");
        assertTrue(i.problem().contains("did you mean annexin_channel?"), i.problem());
    }

    @Test
    void duplicateHeaderColumnsAreErrors() {
        assertAt(only("file,role,group,Role\na.fcs,sample,,x\n"), 1, 17, "Role");
    }

    @Test
    void duplicateFileRowsNameTheFirstLine() {
        ConfigIssue i = only("file,role,group\nA.fcs,sample,\nother,sample,\ndir/a.FCS,sample,\n");
        assertAt(i, 4, 1, "file");
        assertEquals("duplicate row for file 'a.FCS' (first given at line 2)", i.problem());
    }

    @Test
    void wrongColumnCountIsReportedPerLine() {
        ConfigIssue i = only("file,role,group\na.fcs,sample\n");
        assertAt(i, 2, 1, "");
        assertEquals("expected 3 columns as in the header, got 2", i.problem());
    }

    @Test
    void emptyFileNameAndBrokenQuotes() {
        assertAt(only("file,role,group\n  ,sample,g\n"), 2, 3, "file");
        ConfigIssue quote = only("file,role,group\na.fcs,sample,\"open\n");
        assertAt(quote, 2, 14, "");
        assertTrue(quote.problem().contains("not closed"), quote.problem());
        assertAt(only("file,role,group\n\"a.fcs\"x,sample,\n"), 2, 8, "");
    }

    @Test
    void emptySheetIsAnError() {
        assertAt(only("\n# nothing\n"), 1, 1, "");
    }

    @Test
    void allProblemsAreCollected() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> SampleSheet.parse("file,role,group\na,bad,\nb,sample\nc,worse,\n", "s.csv"));
        assertEquals(List.of(2, 3, 4), e.issues().stream().map(ConfigIssue::line).toList());
    }
}

package org.apogate.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchCommandTest {
    @TempDir
    Path dir;

    private String execute(String... args) {
        CommandLine cl = new CommandLine(new BenchCommand());
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute(args));
        return out.toString();
    }

    @Test
    void jsonListsOneRowPerCaseWithMachineFacts() throws Exception {
        String json = execute("--suite", "compensation", "--events", "65536", "--warmup", "0", "--iterations", "1",
                "--dir", dir.toString(), "--json");
        JsonNode doc = new ObjectMapper().readTree(json);
        assertEquals(Runtime.getRuntime().availableProcessors(), doc.get("machine").get("cores").asInt());
        JsonNode results = doc.get("results");
        assertEquals(3, results.size());
        assertEquals("compensation", results.get(0).get("suite").asText());
        assertTrue(results.get(0).get("values").get("Mev/s/core").isNumber());
        // the column-wise sketch must reproduce Compensator.apply exactly to be a fair suggestion
        assertEquals("bit-identical", results.get(2).get("values").get("vs Compensator.apply").asText());
    }

    @Test
    void runSuiteSaysUnavailableWithoutAJar() {
        String table = execute("--suite", "run", "--events", "1000", "--iterations", "1", "--dir", dir.toString(),
                "--jar", dir.resolve("no.jar").toString());
        assertTrue(table.contains("run unavailable: no jar"), table);
        assertTrue(table.contains("== run =="), table);
    }
}

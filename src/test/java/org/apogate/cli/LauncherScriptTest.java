package org.apogate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code apogate} launcher script at the project root, run with a stand-in {@code java} that
 * prints the arguments it was given: which JVM options it adds, when it uses the class-data
 * archive, and that the user's arguments pass through untouched.
 */
class LauncherScriptTest {
    private static final Path SCRIPT = Path.of("apogate").toAbsolutePath();

    @TempDir
    Path tmp;

    @BeforeAll
    static void needsShell() {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")),
                "SKIPPED: no /bin/sh on this system, the launcher script cannot be tested");
    }

    /** A JAVA_HOME whose bin/java prints one argument per line. */
    private Path fakeJavaHome() throws IOException {
        Path bin = Files.createDirectories(tmp.resolve("jdk/bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        assertTrue(java.toFile().setExecutable(true));
        return bin.getParent();
    }

    private record Result(int exit, List<String> lines) {
    }

    private Result launch(Map<String, String> env, String... args) throws Exception {
        return launch(SCRIPT, env, args);
    }

    private Result launch(Path script, Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("/bin/sh", script.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("APOGATE_JAVA_OPTS");
        pb.environment().remove("APOGATE_JAR");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "launcher did not finish");
        return new Result(p.exitValue(), out.lines().toList());
    }

    /** A stand-in jar {@code stem.jar} and archive {@code stem.jsa} with the given modification times. */
    private Path jarWithArchive(String stem, long jarMillis, long archiveMillis) throws IOException {
        Path jar = Files.writeString(tmp.resolve(stem + ".jar"), "not really a jar");
        Path archive = Files.writeString(tmp.resolve(stem + ".jsa"), "archive");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(jarMillis));
        Files.setLastModifiedTime(archive, FileTime.fromMillis(archiveMillis));
        return jar;
    }

    @Test
    void usesTheArchiveBesideTheJarAndTheParallelCollector() throws Exception {
        Path jar = jarWithArchive("my apogate", 1_000_000, 2_000_000);
        Path archive = tmp.resolve("my apogate.jsa");

        Result r = launch(Map.of("JAVA_HOME", fakeJavaHome().toString(), "APOGATE_JAR", jar.toString()),
                "run", "data dir", "--out", "o");

        assertEquals(0, r.exit(), String.join("\n", r.lines()));
        assertEquals(List.of("-XX:+UseParallelGC", "-XX:MaxNewSize=128m", "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off", "-jar", jar.toString(), "run", "data dir", "--out", "o"), r.lines());
    }

    @Test
    void skipsAnArchiveOlderThanTheJar() throws Exception {
        Path jar = jarWithArchive("apogate", 2_000_000, 1_000_000);

        Result r = launch(Map.of("JAVA_HOME", fakeJavaHome().toString(), "APOGATE_JAR", jar.toString()), "--version");

        assertEquals(List.of("-XX:+UseParallelGC", "-XX:MaxNewSize=128m", "-jar", jar.toString(), "--version"), r.lines());
    }

    @Test
    void userOptionsComeAfterOursAndACollectorOfTheirsReplacesOurs() throws Exception {
        Path jar = Files.writeString(tmp.resolve("apogate.jar"), "jar");
        String home = fakeJavaHome().toString();

        Result heap = launch(Map.of("JAVA_HOME", home, "APOGATE_JAR", jar.toString(), "APOGATE_JAVA_OPTS", "-Xmx512m"), "info");
        assertEquals(List.of("-XX:+UseParallelGC", "-XX:MaxNewSize=128m", "-Xmx512m", "-jar", jar.toString(), "info"), heap.lines());

        Result gc = launch(Map.of("JAVA_HOME", home, "APOGATE_JAR", jar.toString(),
                "APOGATE_JAVA_OPTS", "-Xmx256m -XX:+UseG1GC"), "info");
        assertEquals(List.of("-Xmx256m", "-XX:+UseG1GC", "-jar", jar.toString(), "info"), gc.lines());
    }

    @Test
    void anInstalledJarBesideTheScriptIsFound() throws Exception {
        Path install = Files.createDirectories(tmp.resolve("opt apogate"));
        Path script = Files.copy(SCRIPT, install.resolve("apogate"));
        Path jar = Files.writeString(install.resolve("apogate.jar"), "jar");

        Result r = launch(script, Map.of("JAVA_HOME", fakeJavaHome().toString()), "info", "f.fcs");

        assertEquals(List.of("-XX:+UseParallelGC", "-XX:MaxNewSize=128m", "-jar", jar.toRealPath().toString(), "info", "f.fcs"), r.lines());
    }

    @Test
    void aMissingJarSaysHowToBuildItAndExitsWithTheUsageCode() throws Exception {
        Result r = launch(Map.of("JAVA_HOME", fakeJavaHome().toString(),
                "APOGATE_JAR", tmp.resolve("missing.jar").toString()), "run", "x");

        assertEquals(ExitCodes.USAGE, r.exit());
        assertEquals(1, r.lines().size(), r.lines().toString());
        assertTrue(r.lines().get(0).contains("missing.jar not found"), r.lines().get(0));
        assertTrue(r.lines().get(0).contains("mvn -B -q package -DskipTests"), r.lines().get(0));
        assertFalse(r.lines().get(0).contains("-jar"), "java must not have been started");
    }
}

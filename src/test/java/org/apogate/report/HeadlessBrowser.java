package org.apogate.report;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs a local headless Chromium on a file and returns the DOM after load; skips visibly when absent. */
final class HeadlessBrowser {
    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome",
            "google-chrome-stable", "chrome");

    private HeadlessBrowser() {
    }

    /** The browser, or a visible skip of the calling test. */
    static Path require() {
        Optional<Path> found = find();
        if (found.isEmpty()) {
            System.err.println("SKIPPED: no chromium binary on PATH (apt-get install chromium) or in APOGATE_CHROMIUM");
        }
        assumeTrue(found.isPresent(), "no chromium binary on PATH (apt-get install chromium) or in APOGATE_CHROMIUM");
        return found.get();
    }

    static Optional<Path> find() {
        String configured = System.getenv("APOGATE_CHROMIUM");
        if (configured != null && Files.isExecutable(Path.of(configured))) {
            return Optional.of(Path.of(configured));
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String name : NAMES) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** The serialized DOM of {@code page} after its load handlers ran (network off, 5 s virtual time). */
    static String dumpDom(Path browser, Path page, Path workDir) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(workDir, "chromium-profile");
        Path dom = workDir.resolve("dom-" + page.getFileName() + ".html");
        Path log = workDir.resolve("chromium-" + page.getFileName() + ".log");
        Process process = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=5000", "--dump-dom",
                page.toUri().toString())
                .redirectOutput(dom.toFile()) // a file, not a pipe: the DOM holds megabytes of base64
                .redirectError(log.toFile())
                .start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("chromium did not finish within 180 s on " + page);
        }
        return Files.readString(dom, StandardCharsets.UTF_8);
    }
}

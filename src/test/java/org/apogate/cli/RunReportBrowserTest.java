package org.apogate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report.html of a real run on testdata/ loads in headless Chromium with every image and no JS error. */
class RunReportBrowserTest {
    @TempDir
    Path tmp;

    @Test
    void reportOfRealRunRendersInChromium() throws Exception {
        Path browser = chromium();
        Path out = tmp.resolve("out");
        RunHarness.Result r = RunHarness.run("run", "testdata", "--samples", "testdata/samples.csv", "--out", out.toString(),
                "--threads", "2");
        assertEquals(0, r.code(), r.err());
        Path page = out.resolve("report.html");
        Path dom = tmp.resolve("dom.html");
        Path profile = Files.createDirectories(tmp.resolve("profile"));
        Process p = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--virtual-time-budget=5000", "--dump-dom", page.toUri().toString())
                .redirectOutput(dom.toFile()).redirectError(tmp.resolve("chromium.log").toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish on " + page);
        }
        String text = Files.readString(dom, StandardCharsets.UTF_8);
        int body = text.indexOf("<body");
        assertTrue(body >= 0, "no DOM dumped");
        String tag = text.substring(body, text.indexOf('>', body) + 1);
        Matcher m = Pattern.compile("data-images-ok=\"(\\d+)/(\\d+)\"").matcher(tag);
        assertTrue(m.find(), tag);
        assertEquals(m.group(2), m.group(1), "images that failed to render: " + tag);
        assertTrue(Integer.parseInt(m.group(2)) >= 21, "3 plots for each of the 7 samples: " + tag);
        assertTrue(tag.contains("data-js-errors=\"0\""), tag);
    }

    private static Path chromium() {
        Optional<Path> found = Optional.ofNullable(System.getenv("APOGATE_CHROMIUM")).map(Path::of).filter(Files::isExecutable);
        if (found.isEmpty() && System.getenv("PATH") != null) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")) {
                for (String dir : System.getenv("PATH").split(File.pathSeparator)) {
                    Path c = Path.of(dir, name);
                    if (found.isEmpty() && Files.isRegularFile(c) && Files.isExecutable(c)) {
                        found = Optional.of(c);
                    }
                }
            }
        }
        if (found.isEmpty()) {
            System.err.println("SKIPPED: no chromium binary on PATH (apt-get install chromium) or in APOGATE_CHROMIUM");
        }
        assumeTrue(found.isPresent(), "no chromium binary on PATH or in APOGATE_CHROMIUM");
        return found.get();
    }
}

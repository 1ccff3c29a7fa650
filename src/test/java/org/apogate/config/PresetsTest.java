package org.apogate.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Presets: packaged resources are the source of truth, config/ holds identical editable copies. */
class PresetsTest {
    private static final Path REPO_CONFIG_DIR = Path.of("config");

    /** Annexin and viability detector names per preset, as chosen for each kit/instrument. */
    private static final Map<String, List<String>> EXPECTED_PINS = Map.of(
            "annv-fitc-pi", List.of("FITC-A", "PE-A"),
            "annv-fitc-7aad", List.of("FITC-A", "PerCP-Cy5-5-A"),
            "annv-pe-7aad", List.of("PE-A", "PerCP-Cy5-5-A"),
            "annv-apc-pi", List.of("APC-A", "PE-A"),
            "accuri-annv-fitc-pi", List.of("FL1-A", "FL2-A"),
            "attune-annv-fitc-pi", List.of("BL1-A", "BL3-A"),
            "cytoflex-annv-fitc-pi", List.of("FITC-A", "PE-A"));

    @Test
    void everyPresetLoadsCleanly() {
        for (String name : Presets.names()) {
            assertEquals(List.of(), ConfigValidator.validate(Presets.text(name), name + ".yaml"), name);
        }
    }

    @Test
    void presetsPinTheDocumentedChannels() {
        for (Map.Entry<String, List<String>> e : EXPECTED_PINS.entrySet()) {
            ApoGateConfig c = Presets.load(e.getKey());
            assertEquals(RolePin.byName(e.getValue().get(0)), c.channels().annexin(), e.getKey());
            assertEquals(RolePin.byName(e.getValue().get(1)), c.channels().viability(), e.getKey());
            // Only the stain channels differ from the defaults.
            ApoGateConfig withDefaultChannels = new ApoGateConfig(c.version(), c.seed(), null, c.compensation(),
                    c.transform(), c.gating(), c.qc(), c.samples(), c.output());
            assertEquals(ApoGateConfig.defaults(), withDefaultChannels, e.getKey());
        }
        assertEquals(ApoGateConfig.defaults(), Presets.load("default"));
        assertEquals(new TreeSet<>(Presets.names()),
                new TreeSet<>(Stream.concat(EXPECTED_PINS.keySet().stream(), Stream.of("default")).toList()));
    }

    @Test
    void repositoryCopiesAreByteIdenticalToTheResources() throws Exception {
        assertTrue(Files.isDirectory(REPO_CONFIG_DIR), "run from the repository root: " + REPO_CONFIG_DIR.toAbsolutePath());
        TreeSet<String> onDisk = new TreeSet<>();
        try (Stream<Path> files = Files.list(REPO_CONFIG_DIR)) {
            files.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .forEach(p -> onDisk.add(p.getFileName().toString().replaceFirst("\\.yaml$", "")));
        }
        assertEquals(new TreeSet<>(Presets.names()), onDisk);
        for (String name : Presets.names()) {
            try (InputStream in = Presets.class.getResourceAsStream("presets/" + name + ".yaml")) {
                assertNotNull(in, name);
                assertArrayEquals(in.readAllBytes(), Files.readAllBytes(REPO_CONFIG_DIR.resolve(name + ".yaml")),
                        "config/" + name + ".yaml differs from src/main/resources/org/apogate/config/presets/" + name
                                + ".yaml (the resource is the source of truth; copy it over)");
            }
        }
    }

    @Test
    void unknownPresetSuggestsTheNearestName() {
        ConfigException e = assertThrows(ConfigException.class, () -> Presets.load("annv-fitc-p"));
        assertTrue(e.getMessage().contains("unknown preset 'annv-fitc-p' (did you mean annv-fitc-pi?)"), e.getMessage());
        assertTrue(e.getMessage().contains("available: default, annv-fitc-pi"), e.getMessage());
    }
}

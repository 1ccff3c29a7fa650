package org.apogate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Templates for {@code apogate config init}: load cleanly, equal their preset, comment every key. */
class ConfigTemplateTest {

    @Test
    void everyRenderedTemplateLoadsCleanlyAndEqualsItsPreset() {
        for (String name : Presets.names()) {
            String template = ConfigTemplate.render(name);
            assertEquals(List.of(), ConfigValidator.validate(template, name + ".yaml"), name);
            assertEquals(Presets.load(name), ConfigLoader.parse(template, name + ".yaml"), name);
        }
    }

    @Test
    void everyKeyLineHasACommentLineAboveIt() {
        String[] lines = ConfigTemplate.render("annv-fitc-pi").split("\n");
        int keys = 0;
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            keys++;
            assertTrue(i > 0 && lines[i - 1].strip().startsWith("# ") && lines[i - 1].strip().length() > 10,
                    "no comment above line " + (i + 1) + ": " + lines[i]);
        }
        assertEquals(ConfigTree.allKeyPaths().size(), keys);
    }

    @Test
    void everySchemaKeyIsDocumented() {
        for (String path : ConfigTree.allKeyPaths()) {
            assertNotNull(ConfigDocs.commentFor(path), path);
        }
    }

    @Test
    void templateKeepsThePresetsInstrumentNotesAndValues() {
        String t = ConfigTemplate.render("accuri-annv-fitc-pi");
        assertTrue(t.contains("# Preset accuri-annv-fitc-pi: Annexin V-FITC + propidium iodide on a BD Accuri C6"), t);
        assertTrue(t.contains("    name: 'FL1-A'\n"), t);
        assertTrue(t.contains("# auto (file keyword, else single-stain controls if present, else none) | keyword | file | controls | none."), t);
    }
}

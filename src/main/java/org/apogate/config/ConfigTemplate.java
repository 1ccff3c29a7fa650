package org.apogate.config;

/**
 * A complete, commented config for {@code apogate config init [--preset NAME]}: every key with a
 * comment above it saying what it does and its allowed values, filled with the preset's values.
 */
public final class ConfigTemplate {
    private ConfigTemplate() {
    }

    public static String render(String presetName) {
        String presetText = Presets.text(presetName);
        ApoGateConfig config = Presets.load(presetName);
        StringBuilder sb = new StringBuilder();
        sb.append("# ApoGate config (preset: ").append(presetName).append(").\n");
        sb.append("# Every key is optional; delete a key to use its default. Unknown keys are errors.\n");
        sb.append("# Check with: apogate config validate FILE\n");
        String header = leadingComments(presetText);
        if (!header.isEmpty()) {
            sb.append("#\n").append(header);
        }
        sb.append('\n');
        sb.append(YamlEmitter.emit(ConfigTree.of(config), ConfigDocs::commentFor));
        return sb.toString();
    }

    /** The comment block at the top of a preset (its instrument notes), kept in the template. */
    private static String leadingComments(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("#")) {
                break;
            }
            sb.append(trimmed).append('\n');
        }
        return sb.toString();
    }
}

package org.apogate.pipeline;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.apogate.auto.ChannelRole;
import org.apogate.auto.QcOptions;
import org.apogate.auto.RolePin;
import org.apogate.auto.ThresholdOptions;
import org.apogate.config.ApoGateConfig;
import org.apogate.fcs.ReadOptions;

/**
 * A run's settings: the validated config, mapped once onto the option records of the stages, plus
 * the config file's folder (relative paths in the config are resolved against it) and the
 * config's matrix file, read once (null without {@code compensation.file}).
 */
public record Settings(ApoGateConfig config, String configSha256, Path configDir, ReadOptions readOptions,
                       MatrixFile matrixFile) {

    /**
     * Reads {@code compensation.file} (resolved against {@code configDir}) when the config names one.
     *
     * @throws org.apogate.compensation.CompensationException when that file is missing or malformed
     */
    public Settings(ApoGateConfig config, String configSha256, Path configDir, ReadOptions readOptions) {
        this(config, configSha256, configDir, readOptions, matrixFile(config, configDir));
    }

    private static MatrixFile matrixFile(ApoGateConfig config, Path configDir) {
        String f = config.compensation().file();
        if (f == null) {
            return null;
        }
        Path p = Path.of(f);
        return MatrixFile.load(p.isAbsolute() || configDir == null ? p : configDir.resolve(p));
    }

    public ThresholdOptions thresholdOptions() {
        var t = config.gating().thresholds();
        return new ThresholdOptions(t.controlPercentile(), Math.min(6, t.auto().maxComponents()),
                t.auto().minSeparation(), config.qc().minSeparation(), ThresholdOptions.defaults().negativeSpreadSigmas());
    }

    public QcOptions qcOptions() {
        return new QcOptions(config.qc().minCells(), config.qc().maxSaturatedFraction(), config.qc().minSeparation());
    }

    /** Channel pins from the config's {@code channels:} section. */
    public Map<ChannelRole, RolePin> configPins() {
        Map<ChannelRole, RolePin> pins = new EnumMap<>(ChannelRole.class);
        Map<String, org.apogate.config.RolePin> byKey = config.channels().byKey();
        for (ChannelRole role : ChannelRole.values()) {
            org.apogate.config.RolePin p = byKey.get(role.configKey());
            if (p != null && !p.isAuto()) {
                pins.put(role, new RolePin(p.name(), p.stain(), p.regex()));
            }
        }
        return pins;
    }
}

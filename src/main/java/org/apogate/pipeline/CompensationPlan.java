package org.apogate.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.apogate.compensation.Compensator;
import org.apogate.compensation.SpilloverKeywords;
import org.apogate.compensation.SpilloverMatrix;
import org.apogate.compensation.SpilloverParse;
import org.apogate.config.CompensationSource;
import org.apogate.fcs.EventBlock;
import org.apogate.fcs.Keywords;
import org.apogate.gating.Dimension;

/**
 * Which spillover matrix a sample is compensated with, and how its gates refer to it: the file's
 * own keyword ({@code FCS}), a matrix from a file or from single-stain controls (a named
 * spectrumMatrix), or none.
 */
public record CompensationPlan(SpilloverMatrix matrix, String gatingRef, String source, List<String> warnings) {
    /** The id of a non-keyword matrix in the sample's Gating-ML file. */
    public static final String MATRIX_ID = "apogate_comp";

    public CompensationPlan {
        warnings = List.copyOf(warnings);
    }

    /** The source of a plan the config asked to be uncompensated. */
    static final String DECLINED = "none (config)";

    /** Whether the sample goes uncompensated because no matrix could be found (rather than by choice). */
    boolean unavailable() {
        return matrix == null && !DECLINED.equals(source);
    }

    static CompensationPlan none(String why, List<String> warnings) {
        return new CompensationPlan(null, Dimension.UNCOMPENSATED, why, warnings);
    }

    /**
     * @param source        config compensation.source
     * @param matrixFile    config compensation.file (read once per run), or null
     * @param groupControls matrix computed from the group's single-stain controls, or null
     */
    static CompensationPlan choose(CompensationSource source, MatrixFile matrixFile, SpilloverMatrix groupControls,
                                   Keywords keywords, List<String> channelNames) {
        List<String> warnings = new ArrayList<>();
        SpilloverParse parsed = SpilloverKeywords.parse(keywords, channelNames);
        warnings.addAll(parsed.warnings());
        SpilloverMatrix keyword = parsed.matrix().filter(m -> !m.isIdentity()).orElse(null);
        switch (source) {
            case NONE:
                return none(DECLINED, warnings);
            case KEYWORD:
                if (keyword == null) {
                    warnings.add("compensation.source is keyword but the file has no usable spillover keyword: uncompensated");
                    return none("none (no spillover keyword)", warnings);
                }
                return new CompensationPlan(keyword, Dimension.FCS, keyword.source(), warnings);
            case FILE:
                if (matrixFile == null) {
                    throw new IllegalStateException("compensation.source is file but no compensation.file was read");
                }
                return new CompensationPlan(matrixFile.matrix(), MATRIX_ID, "file " + matrixFile.path().getFileName(), warnings);
            case CONTROLS:
                if (groupControls == null) {
                    warnings.add("compensation.source is controls but the group has no single-stain controls: uncompensated");
                    return none("none (no single-stain controls)", warnings);
                }
                return new CompensationPlan(groupControls, MATRIX_ID, groupControls.source(), warnings);
            case AUTO:
            default:
                if (keyword != null) {
                    return new CompensationPlan(keyword, Dimension.FCS, keyword.source(), warnings);
                }
                if (groupControls != null) {
                    return new CompensationPlan(groupControls, MATRIX_ID, groupControls.source(), warnings);
                }
                return none("none (no spillover keyword or single-stain controls)", warnings);
        }
    }

    /**
     * Compensated values of two channels for the first {@code n} rows of channel-major {@code rows}
     * (raw copies when there is no matrix).
     */
    double[][] compensate(double[][] rows, int n, List<String> channelNames, String first, String second) {
        int a = channelNames.indexOf(first);
        int b = channelNames.indexOf(second);
        if (matrix == null || n == 0) {
            return new double[][] {java.util.Arrays.copyOf(rows[a], n), java.util.Arrays.copyOf(rows[b], n)};
        }
        int capacity = rows.length == 0 ? 0 : rows[0].length;
        EventBlock sized = new EventBlock(rows.length, capacity);
        for (int c = 0; c < rows.length; c++) {
            sized.setColumn(c, rows[c]);
        }
        sized.reset(n, 0);
        double[][] out = new double[2][n];
        Compensator.of(matrix, channelNames).forTargets(List.of(first, second)).compute(sized, out);
        return out;
    }
}

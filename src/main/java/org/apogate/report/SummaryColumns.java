package org.apogate.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The fixed columns of summary.csv / summary.json, in order, with each cell already in its written
 * form: String, Long, BigDecimal (rounded, plain notation), List of String, or null. CSV and JSON
 * share this list so they can never disagree on names, order or rounding.
 */
public final class SummaryColumns {
    /** Decimals for percentages. */
    public static final int PERCENT_DECIMALS = 4;
    /** Decimals for thresholds (raw channel values and transformed 0..1 positions). */
    public static final int THRESHOLD_DECIMALS = 6;

    /** A named column and how to read its cell from a summary. */
    public record Column(String name, Function<SampleSummary, Object> cell) {
    }

    private static final List<Column> FIXED = List.of(
            col("sample", SampleSummary::sample),
            col("file", SampleSummary::file),
            col("role", s -> s.role().wireName()),
            col("group", SampleSummary::group),
            col("status", s -> s.status().wireName()),
            col("events", SampleSummary::events),
            col("debris", SampleSummary::debris),
            col("doublets", SampleSummary::doublets),
            col("singlets", SampleSummary::singlets),
            col("live_count", SampleSummary::liveCount),
            col("live_pct", s -> pct(s.livePct())),
            col("early_apoptotic_count", SampleSummary::earlyApoptoticCount),
            col("early_apoptotic_pct", s -> pct(s.earlyApoptoticPct())),
            col("late_apoptotic_count", SampleSummary::lateApoptoticCount),
            col("late_apoptotic_pct", s -> pct(s.lateApoptoticPct())),
            col("necrotic_count", SampleSummary::necroticCount),
            col("necrotic_pct", s -> pct(s.necroticPct())),
            col("annexin_channel", SampleSummary::annexinChannel),
            col("viability_channel", SampleSummary::viabilityChannel),
            col("annexin_threshold_raw", s -> threshold(s.annexinThresholdRaw())),
            col("annexin_threshold_transformed", s -> threshold(s.annexinThresholdTransformed())),
            col("viability_threshold_raw", s -> threshold(s.viabilityThresholdRaw())),
            col("viability_threshold_transformed", s -> threshold(s.viabilityThresholdTransformed())),
            col("threshold_method", SampleSummary::thresholdMethod),
            col("compensation_source", SampleSummary::compensationSource),
            col("transform", SampleSummary::transform),
            col("seed", SampleSummary::seed),
            col("flags", SampleSummary::flags),
            col("warnings", SampleSummary::warnings),
            col("error", SampleSummary::error),
            col("cyt", SampleSummary::cyt),
            col("well_id", SampleSummary::wellId),
            col("plate", SampleSummary::plate),
            col("src", SampleSummary::src),
            col("date", SampleSummary::date),
            col("btim", SampleSummary::btim),
            col("input_sha256", SampleSummary::inputSha256),
            col("config_sha256", SampleSummary::configSha256));

    private SummaryColumns() {
    }

    /** The fixed columns in written order. */
    public static List<Column> fixed() {
        return FIXED;
    }

    /** The fixed column names in written order. */
    public static List<String> fixedNames() {
        return FIXED.stream().map(Column::name).toList();
    }

    /**
     * Sample-sheet metadata column names: the union over all rows in first-seen order. A name that
     * collides with a fixed column is written with a "meta_" prefix (see {@link #metadataHeader}).
     */
    public static List<String> metadataKeys(List<SampleSummary> rows) {
        Set<String> keys = new LinkedHashSet<>();
        for (SampleSummary row : rows) {
            keys.addAll(row.metadata().keySet());
        }
        return new ArrayList<>(keys);
    }

    /** The header under which metadata column {@code key} is written. */
    public static String metadataHeader(String key) {
        String header = key;
        while (fixedNames().contains(header)) {
            header = "meta_" + header;
        }
        return header;
    }

    /** Percent rounded half-up to {@link #PERCENT_DECIMALS}; null for null, NaN or infinite. */
    public static BigDecimal pct(Double value) {
        return round(value, PERCENT_DECIMALS);
    }

    /** Threshold rounded half-up to {@link #THRESHOLD_DECIMALS}; null for null, NaN or infinite. */
    public static BigDecimal threshold(Double value) {
        return round(value, THRESHOLD_DECIMALS);
    }

    private static BigDecimal round(Double value, int decimals) {
        if (value == null || !Double.isFinite(value)) {
            return null;
        }
        // valueOf uses the shortest repr of the double, so 12.34565 rounds as written, not as 12.3456499..
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
        return rounded.signum() == 0 ? BigDecimal.ZERO.setScale(decimals) : rounded; // no "-0.0000"
    }

    /** Plain text of a cell as written to CSV: empty for null, ';'-joined lists, plain decimals. */
    public static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (cell instanceof List<?> list) {
            return String.join(";", list.stream().map(String::valueOf).toList());
        }
        return cell.toString();
    }

    private static Column col(String name, Function<SampleSummary, Object> cell) {
        return new Column(name, cell);
    }
}

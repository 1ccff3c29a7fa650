package org.apogate.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One row of summary.csv / summary.json: the numbers and provenance of one sample. Nullable boxed
 * fields stay empty in CSV and null in JSON (a failed sample has no counts). Percentages are percent
 * of singlet non-debris cells, as the caller computed them (see {@link Builder#quadrants}); the
 * writers round them to {@link SummaryColumns#PERCENT_DECIMALS} decimals. Build with
 * {@link #builder(String)}.
 *
 * @param metadata sample-sheet columns passed through, in the sheet's order (unmodifiable copy)
 */
public record SampleSummary(
        String sample, String file, SampleRole role, String group, SampleStatus status,
        Long events, Long debris, Long doublets, Long singlets,
        Long liveCount, Double livePct,
        Long earlyApoptoticCount, Double earlyApoptoticPct,
        Long lateApoptoticCount, Double lateApoptoticPct,
        Long necroticCount, Double necroticPct,
        String annexinChannel, String viabilityChannel,
        Double annexinThresholdRaw, Double annexinThresholdTransformed,
        Double viabilityThresholdRaw, Double viabilityThresholdTransformed,
        String thresholdMethod, String compensationSource, String transform, Long seed,
        List<String> flags, List<String> warnings, String error,
        String cyt, String wellId, String plate, String src, String date, String btim,
        String inputSha256, String configSha256,
        Map<String, String> metadata) {

    public SampleSummary {
        Objects.requireNonNull(sample, "sample");
        Objects.requireNonNull(file, "file");
        role = role == null ? SampleRole.SAMPLE : role;
        status = Objects.requireNonNull(status, "status");
        flags = flags == null ? List.of() : List.copyOf(flags);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** A builder for the file at {@code file} (a path or a bare name); the sample name is the file name without extension. */
    public static Builder builder(String file) {
        return new Builder(file);
    }

    /** "run7/A01 ctrl.fcs" -> "A01 ctrl"; names without a dot are kept whole, ".fcs" stays ".fcs". */
    public static String sampleNameOf(String file) {
        String name = file.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Fluent construction; every field starts null/empty except role (sample) and status (ok). */
    public static final class Builder {
        private String sample;
        private final String file;
        private SampleRole role = SampleRole.SAMPLE;
        private String group;
        private SampleStatus status = SampleStatus.OK;
        private Long events;
        private Long debris;
        private Long doublets;
        private Long singlets;
        private Long liveCount;
        private Double livePct;
        private Long earlyCount;
        private Double earlyPct;
        private Long lateCount;
        private Double latePct;
        private Long necroticCount;
        private Double necroticPct;
        private String annexinChannel;
        private String viabilityChannel;
        private Double annexinRaw;
        private Double annexinTransformed;
        private Double viabilityRaw;
        private Double viabilityTransformed;
        private String thresholdMethod;
        private String compensationSource;
        private String transform;
        private Long seed;
        private List<String> flags = List.of();
        private List<String> warnings = List.of();
        private String error;
        private String cyt;
        private String wellId;
        private String plate;
        private String src;
        private String date;
        private String btim;
        private String inputSha256;
        private String configSha256;
        private Map<String, String> metadata = new LinkedHashMap<>();

        private Builder(String file) {
            this.file = Objects.requireNonNull(file, "file");
            this.sample = sampleNameOf(file);
        }

        public Builder sample(String v) { sample = v; return this; }
        public Builder role(SampleRole v) { role = v; return this; }
        public Builder group(String v) { group = v; return this; }
        public Builder status(SampleStatus v) { status = v; return this; }
        public Builder events(Long v) { events = v; return this; }
        public Builder debris(Long v) { debris = v; return this; }
        public Builder doublets(Long v) { doublets = v; return this; }
        public Builder singlets(Long v) { singlets = v; return this; }
        public Builder live(Long count, Double pct) { liveCount = count; livePct = pct; return this; }
        public Builder earlyApoptotic(Long count, Double pct) { earlyCount = count; earlyPct = pct; return this; }
        public Builder lateApoptotic(Long count, Double pct) { lateCount = count; latePct = pct; return this; }
        public Builder necrotic(Long count, Double pct) { necroticCount = count; necroticPct = pct; return this; }

        /**
         * Sets the four quadrant counts and their percentages of the four counts' sum (the singlet
         * non-debris cells). All percentages stay null when the sum is zero.
         */
        public Builder quadrants(long live, long early, long late, long necrotic) {
            long total = live + early + late + necrotic;
            return live(live, percent(live, total))
                    .earlyApoptotic(early, percent(early, total))
                    .lateApoptotic(late, percent(late, total))
                    .necrotic(necrotic, percent(necrotic, total));
        }

        public Builder channels(String annexin, String viability) {
            annexinChannel = annexin;
            viabilityChannel = viability;
            return this;
        }

        public Builder annexinThreshold(Double raw, Double transformed) {
            annexinRaw = raw;
            annexinTransformed = transformed;
            return this;
        }

        public Builder viabilityThreshold(Double raw, Double transformed) {
            viabilityRaw = raw;
            viabilityTransformed = transformed;
            return this;
        }

        /** E.g. "annexin=controls;viability=auto". */
        public Builder thresholdMethod(String v) { thresholdMethod = v; return this; }
        public Builder compensationSource(String v) { compensationSource = v; return this; }
        /** E.g. "annexin=logicle(T=262144,W=0.52,M=4.5,A=0);viability=logicle(...)". */
        public Builder transform(String v) { transform = v; return this; }
        public Builder seed(Long v) { seed = v; return this; }
        public Builder flags(List<String> v) { flags = v; return this; }
        public Builder warnings(List<String> v) { warnings = v; return this; }
        public Builder error(String v) { error = v; return this; }
        public Builder cyt(String v) { cyt = v; return this; }
        public Builder wellId(String v) { wellId = v; return this; }
        public Builder plate(String v) { plate = v; return this; }
        public Builder src(String v) { src = v; return this; }
        public Builder date(String v) { date = v; return this; }
        public Builder btim(String v) { btim = v; return this; }
        public Builder inputSha256(String v) { inputSha256 = v; return this; }
        public Builder configSha256(String v) { configSha256 = v; return this; }
        public Builder metadata(Map<String, String> v) { metadata = new LinkedHashMap<>(v); return this; }
        public Builder metadata(String column, String value) { metadata.put(column, value); return this; }

        public SampleSummary build() {
            return new SampleSummary(sample, file, role, group, status, events, debris, doublets, singlets,
                    liveCount, livePct, earlyCount, earlyPct, lateCount, latePct, necroticCount, necroticPct,
                    annexinChannel, viabilityChannel, annexinRaw, annexinTransformed, viabilityRaw,
                    viabilityTransformed, thresholdMethod, compensationSource, transform, seed, flags, warnings,
                    error, cyt, wellId, plate, src, date, btim, inputSha256, configSha256, metadata);
        }

        private static Double percent(long part, long total) {
            return total > 0 ? 100.0 * part / total : null;
        }
    }
}

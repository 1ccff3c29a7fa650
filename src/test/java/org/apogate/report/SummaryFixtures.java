package org.apogate.report;

import java.util.List;
import java.util.Map;

/** Two hand-made rows whose percentages are worked out by hand in the tests. */
final class SummaryFixtures {
    private SummaryFixtures() {
    }

    /** 7001/1999/850/150 of 10000 singlets: 70.01 / 19.99 / 8.5 / 1.5 %. */
    static SampleSummary okRow() {
        return SampleSummary.builder("/data/run 7/A01_treated.fcs")
                .group("treated")
                .events(12000L).debris(1200L).doublets(800L).singlets(10000L)
                .quadrants(7001, 1999, 850, 150)
                .channels("FITC-A", "PE-A")
                .annexinThreshold(1234.5678912, 0.4213)
                .viabilityThreshold(-12.5, 0.2)
                .thresholdMethod("annexin=controls;viability=auto")
                .compensationSource("$SPILLOVER")
                .transform("annexin=logicle(T=262144,W=0.52,M=4.5,A=0);viability=logicle(T=262144,W=0.52,M=4.5,A=0)")
                .seed(42L)
                .flags(List.of("low_events", "threshold_near_peak"))
                .warnings(List.of("no $PLATENAME"))
                .cyt("FACSCanto II").wellId("A01").plate("P1").src("Jurkat").date("12-MAR-2024").btim("10:11:12")
                .inputSha256("aa11").configSha256("cc22")
                .metadata(Map.of("treatment", "staurosporine"))
                .status(SampleStatus.FLAGGED)
                .build();
    }

    /** Failed sample: no numbers; error and sheet values with comma, quote, newline, non-ASCII. */
    static SampleSummary failedRow() {
        return SampleSummary.builder("B02 \"ctrl\", 1.fcs")
                .role(SampleRole.UNSTAINED)
                .status(SampleStatus.FAILED)
                .error("B02 \"ctrl\", 1.fcs: byte 58: expected $ENDDATA\nbut file ends")
                .metadata("treatment", "DMSO, 0.1%")
                .metadata("operator", "Zoë")
                .build();
    }
}

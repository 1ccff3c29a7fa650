package org.apogate.auto;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Dye and instrument naming rules used when no pin decides. Documented defaults:
 * <ul>
 * <li>Stains ($PnS, or dye words inside $PnN): Annexin/AnnV/ANXA5 -> annexin; PI/propidium,
 * 7-AAD, DAPI, SYTOX -> viability.</li>
 * <li>Without stains we assume the common kit: Annexin V-FITC with PI. Annexin = the FITC detector
 * of the instrument family; viability = the first present of its PE-region detector, then the
 * PI-peak (PE-Texas Red/ECD) detector, then the PerCP-region detector. A warning says so, because
 * PI is also often read in the PerCP region: pin {@code channels: viability: name: ...} then.</li>
 * </ul>
 * Families (area channels preferred over height; "-A" suffix optional): BD/CytoFLEX/generic
 * (FITC / PE, PI, PE-Texas Red, ECD, PE-CF594, PE-Dazzle594 / PerCP-Cy5-5, PC5.5, PerCP, 7-AAD), Accuri and
 * FACSCalibur (FL1 / FL2, FL3), Attune (BL1 / BL2, YL1, YL2, BL3), MACSQuant (B1 / B2, Y1, Y2, B3),
 * Guava (GRN-B-HLin / YEL-B-HLin, RED-B-HLin, log variants after linear), BD Symphony/Cytek-style
 * filter names (B515, B530 / YG586, YG610, B610, B695, B710).
 */
final class NamingConventions {
    private NamingConventions() {
    }

    static final Pattern ANNEXIN_STAIN = Pattern.compile(
            "(annexin|\\bannv|\\banx\\s*a?5\\b|anxa5|\\banx[\\s-]*v\\b)", Pattern.CASE_INSENSITIVE);
    static final Pattern VIABILITY_STAIN = Pattern.compile(
            "(propidium|(^|[^a-z0-9])pi($|[^a-z0-9])|7-?aad|\\bdapi\\b|sytox)", Pattern.CASE_INSENSITIVE);

    /** One instrument family: the annexin detector bases and the viability detector bases in preference order. */
    record Family(String name, List<String> annexin, List<String> viability) {
    }

    static final List<Family> FAMILIES = List.of(
            new Family("BD/CytoFLEX fluorochrome names", List.of("FITC", "ALEXA FLUOR 488", "AF488", "ALEXA488"),
                    List.of("PE", "PI", "PE-TEXAS RED", "PE-TXRED", "PE-TXRED YG", "ECD", "PE-CF594", "PE-DAZZLE594",
                            "PERCP-CY5-5", "PERCP-CY5.5", "PC5.5", "PERCP", "7-AAD", "7AAD")),
            new Family("Accuri/FACSCalibur FL", List.of("FL1"), List.of("FL2", "FL3")),
            new Family("Attune", List.of("BL1"), List.of("BL2", "YL1", "YL2", "BL3")),
            new Family("MACSQuant", List.of("B1"), List.of("B2", "Y1", "Y2", "B3")),
            new Family("Guava", List.of("GRN-B-HLIN", "GRN-B-HLOG", "GRN-HLIN", "GRN-HLOG"),
                    List.of("YEL-B-HLIN", "YEL-B-HLOG", "YEL-HLIN", "YEL-HLOG", "RED-B-HLIN", "RED-B-HLOG", "RED-HLIN",
                            "RED-HLOG")),
            new Family("BD filter names", List.of("B515", "B530", "BL 530/30", "B 530/30"),
                    List.of("YG586", "YG 586/15", "YG610", "B610", "B695", "BL 695/40", "B710")));

    /** Upper case, trimmed, inner blanks collapsed. */
    static String norm(String s) {
        return s == null ? "" : s.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    /** Does a normalized channel label equal {@code base} as an area channel (suffix "-A", " A" or none)? */
    static boolean isArea(String label, String base) {
        return label.equals(base) || label.equals(base + "-A") || label.equals(base + " A") || label.equals(base + "-AREA");
    }

    /** Does a normalized channel label equal {@code base} as a height channel? */
    static boolean isHeight(String label, String base) {
        return label.equals(base + "-H") || label.equals(base + " H") || label.equals(base + "-HEIGHT");
    }

    // Scatter and time: name patterns over the normalized label. Linear before log variants.
    static final Pattern FSC_A = Pattern.compile("^(FSC|FS)([ -]?(A|AREA|LIN|LINA|INT LIN|INT))?$");
    static final Pattern FSC_A_LOG = Pattern.compile("^(FSC|FS)[ -]?(LOGA|LOG|INT LOG)$");
    static final Pattern FSC_H = Pattern.compile("^(FSC|FS)[ -]?(H|HEIGHT|LINH|HLIN|PEAK|PEAK LIN)$");
    static final Pattern FSC_W = Pattern.compile("^(FSC|FS)[ -]?(W|WIDTH)$");
    static final Pattern SSC_A = Pattern.compile("^(SSC|SS)([ -]?(A|AREA|LIN|LINA|INT LIN|INT))?$");
    static final Pattern SSC_A_LOG = Pattern.compile("^(SSC|SS)[ -]?(LOGA|LOG|INT LOG)$");
    static final Pattern SSC_H = Pattern.compile("^(SSC|SS)[ -]?(H|HEIGHT|LINH|HLIN|PEAK|PEAK LIN)$");
    static final Pattern TIME = Pattern.compile("^(TIME|HDR-T|TIME \\(.*\\))$");
}

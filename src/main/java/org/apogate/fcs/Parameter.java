package org.apogate.fcs;

/**
 * One parameter (channel) of a data set, from its $Pn keywords.
 *
 * @param index      0-based position in the event record
 * @param name       $PnN, surrounding blanks removed
 * @param stain      $PnS, or null when absent or blank
 * @param bits       $PnB, 0 for '*' (delimited ASCII)
 * @param range      $PnR (0 when absent)
 * @param dataType   'I', 'F', 'D' or 'A' ($PnDATATYPE, else $DATATYPE)
 * @param logDecades $PnE f1 (0 for linear)
 * @param logOffset  $PnE f2 as written (0 is read as 1 when decoding log data)
 * @param gain       $PnG, 1 when absent
 */
public record Parameter(int index, String name, String stain, int bits, double range, char dataType,
                        double logDecades, double logOffset, double gain) {

    /** "FITC-A (Annexin V)", or just the name when there is no distinct stain. */
    public String displayName() {
        if (stain == null || stain.isBlank() || stain.trim().equals(name)) {
            return name;
        }
        return name + " (" + stain.trim() + ")";
    }

    /** True when integer data of this parameter is log-amplified ($PnE f1 &gt; 0). */
    public boolean isLog() {
        return logDecades > 0;
    }

    /** True for the acquisition time channel ($PnN "Time", case-insensitive). */
    public boolean isTime() {
        return name.equalsIgnoreCase("time");
    }
}

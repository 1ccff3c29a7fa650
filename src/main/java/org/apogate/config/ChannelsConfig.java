package org.apogate.config;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Pins for each channel role; a null or empty pin means the role is auto-detected. */
public record ChannelsConfig(RolePin annexin, RolePin viability, RolePin fscA, RolePin fscH,
        RolePin sscA, RolePin fscW, RolePin sscH, RolePin time) {

    public ChannelsConfig {
        annexin = orAuto(annexin);
        viability = orAuto(viability);
        fscA = orAuto(fscA);
        fscH = orAuto(fscH);
        sscA = orAuto(sscA);
        fscW = orAuto(fscW);
        sscH = orAuto(sscH);
        time = orAuto(time);
        Violations v = new Violations();
        // The two stains in one detector cannot be separated; this is always a typo.
        if (annexin.name() != null && viability.name() != null
                && annexin.name().toLowerCase(Locale.ROOT).equals(viability.name().toLowerCase(Locale.ROOT))) {
            v.add("viability", "pins the same channel '" + viability.name() + "' as annexin");
        }
        v.throwIfAny();
    }

    private static RolePin orAuto(RolePin p) {
        return p == null ? RolePin.auto() : p;
    }

    public static ChannelsConfig defaults() {
        return new ChannelsConfig(null, null, null, null, null, null, null, null);
    }

    /** The pins by config key ({@code annexin}, {@code fsc_a}, ...), in schema order. */
    public Map<String, RolePin> byKey() {
        Map<String, RolePin> m = new LinkedHashMap<>();
        m.put("annexin", annexin);
        m.put("viability", viability);
        m.put("fsc_a", fscA);
        m.put("fsc_h", fscH);
        m.put("ssc_a", sscA);
        m.put("fsc_w", fscW);
        m.put("ssc_h", sscH);
        m.put("time", time);
        return m;
    }
}

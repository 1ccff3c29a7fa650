package org.apogate.auto;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apogate.fcs.Parameter;

/**
 * Decides which channel is annexin, viability, FSC-A, FSC-H, SSC-A (and optional FSC-W, SSC-H,
 * Time). Order per role: the user's pin; then stain names ($PnS, or dye words in $PnN); then
 * instrument naming conventions ({@link NamingConventions} documents them). Two equally good
 * candidates are never guessed between: that is an {@link AutoGatingException} listing them and
 * the config line that pins one.
 */
public final class ChannelRoleDetector {

    /**
     * @param source file name for messages
     * @param names  $PnN per channel (file order)
     * @param stains $PnS per channel, null entries (or a null list) when absent
     * @param pins   optional pins per role (may be empty)
     */
    public ChannelRoles detect(String source, List<String> names, List<String> stains, Map<ChannelRole, RolePin> pins) {
        int n = names.size();
        String[] label = new String[n];
        String[] stain = new String[n];
        for (int i = 0; i < n; i++) {
            label[i] = NamingConventions.norm(names.get(i));
            stain[i] = stains == null || i >= stains.size() ? "" : NamingConventions.norm(stains.get(i));
        }
        Context ctx = new Context(source, names, stains, label, stain);
        for (ChannelRole role : ChannelRole.values()) {
            RolePin pin = pins == null ? null : pins.get(role);
            if (pin != null && !pin.isEmpty()) {
                ctx.assign(role, ctx.single(role, matchPin(pin, names, stains), "pin " + pin), "pinned " + pin);
            }
        }
        detectScatterAndTime(ctx);
        detectFluorescence(ctx);
        for (ChannelRole role : ChannelRole.values()) {
            if (role.required() && !ctx.indices.containsKey(role)) {
                throw new AutoGatingException(source + ": no channel found for role " + role.configKey()
                        + " among [" + ctx.describeAll() + "]; pin it in config (channels: " + role.configKey()
                        + ": name: <$PnN>)");
            }
        }
        return new ChannelRoles(ctx.indices, ctx.reasons, ctx.warnings);
    }

    /** Same, from the reader's parameters ($PnN, $PnS). */
    public ChannelRoles detectParameters(String source, List<Parameter> parameters, Map<ChannelRole, RolePin> pins) {
        List<String> names = new ArrayList<>();
        List<String> stains = new ArrayList<>();
        for (Parameter p : parameters) {
            names.add(p.name());
            stains.add(p.stain());
        }
        return detect(source, names, stains, pins);
    }

    /**
     * All channels that the instrument conventions allow as the viability detector, in preference
     * order (the annexin channel's family first), excluding scatter, time and the annexin channel.
     * For {@link ViabilityChannelChooser} when the viability role came from convention only.
     */
    public List<Integer> viabilityCandidates(List<String> names, List<String> stains, int annexinIndex) {
        int n = names.size();
        String[] label = new String[n];
        String[] stain = new String[n];
        for (int i = 0; i < n; i++) {
            label[i] = NamingConventions.norm(names.get(i));
            stain[i] = stains == null || i >= stains.size() ? "" : NamingConventions.norm(stains.get(i));
        }
        Context ctx = new Context("sample", names, stains, label, stain);
        detectScatterAndTime(ctx);
        if (annexinIndex >= 0 && annexinIndex < n && !ctx.used(annexinIndex)) {
            ctx.indices.put(ChannelRole.ANNEXIN, annexinIndex);
        }
        Set<Integer> out = new LinkedHashSet<>();
        List<NamingConventions.Family> ordered = new ArrayList<>();
        for (NamingConventions.Family f : NamingConventions.FAMILIES) {
            if (annexinIndex >= 0 && annexinIndex < n && familyHas(ctx, f.annexin(), annexinIndex)) {
                ordered.add(0, f);
            } else {
                ordered.add(f);
            }
        }
        for (NamingConventions.Family f : ordered) {
            for (String base : f.viability()) {
                for (int i = 0; i < n; i++) {
                    if (!ctx.used(i) && (NamingConventions.isArea(label[i], base) || NamingConventions.isArea(stain[i], base))) {
                        out.add(i);
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** Convenience without a file name. */
    public ChannelRoles detect(List<String> names, List<String> stains, Map<ChannelRole, RolePin> pins) {
        return detect("sample", names, stains, pins);
    }

    private static List<Integer> matchPin(RolePin pin, List<String> names, List<String> stains) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String s = stains == null || i >= stains.size() ? null : stains.get(i);
            if (pin.matches(names.get(i), s)) {
                out.add(i);
            }
        }
        return out;
    }

    private static void detectScatterAndTime(Context ctx) {
        scatter(ctx, ChannelRole.FSC_A, NamingConventions.FSC_A, NamingConventions.FSC_A_LOG);
        scatter(ctx, ChannelRole.FSC_H, NamingConventions.FSC_H, null);
        scatter(ctx, ChannelRole.FSC_W, NamingConventions.FSC_W, null);
        scatter(ctx, ChannelRole.SSC_A, NamingConventions.SSC_A, NamingConventions.SSC_A_LOG);
        scatter(ctx, ChannelRole.SSC_H, NamingConventions.SSC_H, null);
        if (!ctx.indices.containsKey(ChannelRole.FSC_A) && ctx.indices.containsKey(ChannelRole.FSC_H)) {
            // Height-only instruments (FACSCalibur, Guava): height stands in for area; no singlet gate then.
            int h = ctx.indices.remove(ChannelRole.FSC_H);
            ctx.reasons.remove(ChannelRole.FSC_H);
            ctx.assign(ChannelRole.FSC_A, h, "height channel used as FSC area (no area channel)");
            ctx.warnings.add("no FSC area channel: using " + ctx.names.get(h) + " for FSC and skipping the singlet gate");
        }
        if (!ctx.indices.containsKey(ChannelRole.SSC_A) && ctx.indices.containsKey(ChannelRole.SSC_H)) {
            int h = ctx.indices.get(ChannelRole.SSC_H);
            ctx.assign(ChannelRole.SSC_A, h, "height channel used as SSC area (no area channel)");
            ctx.warnings.add("no SSC area channel: using " + ctx.names.get(h));
        }
        if (!ctx.indices.containsKey(ChannelRole.TIME)) {
            List<Integer> exact = new ArrayList<>();
            List<Integer> other = new ArrayList<>();
            for (int i = 0; i < ctx.label.length; i++) {
                if (ctx.used(i)) {
                    continue;
                }
                if (ctx.label[i].equals("TIME")) {
                    exact.add(i);
                } else if (NamingConventions.TIME.matcher(ctx.label[i]).matches()) {
                    other.add(i);
                }
            }
            List<Integer> c = exact.isEmpty() ? other : exact;
            if (!c.isEmpty()) {
                ctx.assign(ChannelRole.TIME, ctx.single(ChannelRole.TIME, c, "name"), "name " + ctx.names.get(c.get(0)));
            }
        }
    }

    private static void scatter(Context ctx, ChannelRole role, Pattern linear, Pattern log) {
        if (ctx.indices.containsKey(role)) {
            return;
        }
        for (Pattern p : log == null ? List.of(linear) : List.of(linear, log)) {
            for (String[] labels : List.of(ctx.label, ctx.stain)) {
                List<Integer> c = new ArrayList<>();
                for (int i = 0; i < labels.length; i++) {
                    if (!ctx.used(i) && p.matcher(labels[i]).matches()) {
                        c.add(i);
                    }
                }
                if (!c.isEmpty()) {
                    int idx = ctx.single(role, c, "scatter naming");
                    ctx.assign(role, idx, "scatter naming " + ctx.names.get(idx));
                    return;
                }
            }
        }
    }

    private static void detectFluorescence(Context ctx) {
        boolean annexinByConvention = false;
        if (!ctx.indices.containsKey(ChannelRole.ANNEXIN)) {
            List<Integer> c = preferArea(ctx, byStain(ctx, NamingConventions.ANNEXIN_STAIN));
            if (!c.isEmpty()) {
                int idx = ctx.single(ChannelRole.ANNEXIN, c, "stain name");
                ctx.assign(ChannelRole.ANNEXIN, idx, "stain " + ctx.describe(idx));
            }
        }
        if (!ctx.indices.containsKey(ChannelRole.VIABILITY)) {
            List<Integer> c = preferArea(ctx, byStain(ctx, NamingConventions.VIABILITY_STAIN));
            if (!c.isEmpty()) {
                int idx = ctx.single(ChannelRole.VIABILITY, c, "stain name");
                ctx.assign(ChannelRole.VIABILITY, idx, "stain " + ctx.describe(idx));
            }
        }
        if (!ctx.indices.containsKey(ChannelRole.ANNEXIN)) {
            Set<Integer> c = new LinkedHashSet<>();
            for (NamingConventions.Family f : NamingConventions.FAMILIES) {
                firstPresent(ctx, f.annexin(), c);
            }
            if (!c.isEmpty()) {
                int idx = ctx.single(ChannelRole.ANNEXIN, new ArrayList<>(c), "instrument convention (FITC detector)");
                ctx.assign(ChannelRole.ANNEXIN, idx, "convention: FITC detector " + ctx.describe(idx));
                annexinByConvention = true;
            }
        }
        if (!ctx.indices.containsKey(ChannelRole.VIABILITY)) {
            Integer annexin = ctx.indices.get(ChannelRole.ANNEXIN);
            Set<Integer> c = new LinkedHashSet<>();
            // The annexin channel's own instrument family decides first; otherwise every family votes.
            for (NamingConventions.Family f : NamingConventions.FAMILIES) {
                if (annexin != null && familyHas(ctx, f.annexin(), annexin)) {
                    firstPresent(ctx, f.viability(), c);
                    if (!c.isEmpty()) {
                        break;
                    }
                }
            }
            if (c.isEmpty()) {
                for (NamingConventions.Family f : NamingConventions.FAMILIES) {
                    firstPresent(ctx, f.viability(), c);
                }
            }
            if (!c.isEmpty()) {
                int idx = ctx.single(ChannelRole.VIABILITY, new ArrayList<>(c), "instrument convention (PI in PE/PerCP region)");
                ctx.assign(ChannelRole.VIABILITY, idx, "convention: PI assumed in " + ctx.describe(idx));
                ctx.warnings.add("viability channel assumed by instrument convention: " + ctx.names.get(idx)
                        + " (PI/7-AAD may be read elsewhere; pin channels: viability: name: ... to be sure)");
            }
        }
        if (annexinByConvention) {
            ctx.warnings.add("annexin channel assumed by instrument convention (Annexin V-FITC): "
                    + ctx.names.get(ctx.indices.get(ChannelRole.ANNEXIN)));
        }
    }

    /** Whether channel idx is named (area or height, $PnN or $PnS) after one of the bases. */
    private static boolean familyHas(Context ctx, List<String> bases, int idx) {
        for (String base : bases) {
            for (String l : new String[] {ctx.label[idx], ctx.stain[idx]}) {
                if (NamingConventions.isArea(l, base) || NamingConventions.isHeight(l, base)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Adds the channels matching the first base (area first, then height) that any unused channel has. */
    private static void firstPresent(Context ctx, List<String> bases, Set<Integer> out) {
        for (boolean height : new boolean[] {false, true}) {
            for (String base : bases) {
                List<Integer> hits = new ArrayList<>();
                for (int i = 0; i < ctx.label.length; i++) {
                    if (ctx.used(i)) {
                        continue;
                    }
                    boolean hit = height
                            ? NamingConventions.isHeight(ctx.label[i], base) || NamingConventions.isHeight(ctx.stain[i], base)
                            : NamingConventions.isArea(ctx.label[i], base) || NamingConventions.isArea(ctx.stain[i], base);
                    if (hit) {
                        hits.add(i);
                    }
                }
                if (!hits.isEmpty()) {
                    out.addAll(hits);
                    return;
                }
            }
        }
    }

    private static List<Integer> byStain(Context ctx, Pattern dye) {
        List<Integer> c = new ArrayList<>();
        for (int i = 0; i < ctx.label.length; i++) {
            if (!ctx.used(i) && (dye.matcher(ctx.stain[i]).find() || dye.matcher(ctx.label[i]).find())) {
                c.add(i);
            }
        }
        return c;
    }

    /** Among stain matches, drop height/width channels when an area (or unsuffixed) one exists. */
    private static List<Integer> preferArea(Context ctx, List<Integer> c) {
        List<Integer> area = new ArrayList<>();
        for (int i : c) {
            String l = ctx.label[i];
            if (!(l.endsWith("-H") || l.endsWith("-W") || l.endsWith(" H") || l.endsWith(" W") || l.endsWith("LOGH")
                    || l.endsWith("LINH"))) {
                area.add(i);
            }
        }
        return area.isEmpty() ? c : area;
    }

    /** Mutable state of one detection run. */
    private static final class Context {
        final String source;
        final List<String> names;
        final List<String> stains;
        final String[] label;
        final String[] stain;
        final Map<ChannelRole, Integer> indices = new EnumMap<>(ChannelRole.class);
        final Map<ChannelRole, String> reasons = new EnumMap<>(ChannelRole.class);
        final List<String> warnings = new ArrayList<>();

        Context(String source, List<String> names, List<String> stains, String[] label, String[] stain) {
            this.source = source;
            this.names = names;
            this.stains = stains;
            this.label = label;
            this.stain = stain;
        }

        boolean used(int i) {
            return indices.containsValue(i);
        }

        void assign(ChannelRole role, int index, String reason) {
            for (Map.Entry<ChannelRole, Integer> e : indices.entrySet()) {
                if (e.getValue() == index && e.getKey() != role && !(role == ChannelRole.SSC_A && e.getKey() == ChannelRole.SSC_H)) {
                    throw new AutoGatingException(source + ": channel " + describe(index) + " would be both "
                            + e.getKey().configKey() + " and " + role.configKey() + "; pin them apart in config (channels: "
                            + role.configKey() + ": name: <$PnN>)");
                }
            }
            indices.put(role, index);
            reasons.put(role, reason);
        }

        int single(ChannelRole role, List<Integer> candidates, String how) {
            if (candidates.isEmpty()) {
                throw new AutoGatingException(source + ": " + how + " for role " + role.configKey()
                        + " matches no channel among [" + describeAll() + "]");
            }
            if (candidates.size() > 1) {
                StringBuilder b = new StringBuilder();
                for (int i : candidates) {
                    b.append(b.length() == 0 ? "" : ", ").append(describe(i));
                }
                throw new AutoGatingException(source + ": ambiguous " + role.configKey() + " channel by " + how
                        + ": candidates " + b + "; pin one in config (channels: " + role.configKey() + ": name: "
                        + names.get(candidates.get(0)).trim() + ")");
            }
            return candidates.get(0);
        }

        String describe(int i) {
            String s = stains == null || i >= stains.size() || stains.get(i) == null || stains.get(i).isBlank()
                    ? "" : " (stain '" + stains.get(i).trim() + "')";
            return "'" + names.get(i).trim() + "'" + s;
        }

        String describeAll() {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < names.size(); i++) {
                b.append(i == 0 ? "" : ", ").append(describe(i));
            }
            return b.toString();
        }
    }
}

package org.apogate.fcs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds the {@link Parameter} list from $PAR and the $Pn keywords, validating as it goes. */
final class ParameterParser {

    private ParameterParser() {
    }

    static char dataType(Keywords kw, IssueLog log) {
        String dt = kw.trimmed("$DATATYPE").orElse(null);
        if (dt == null) {
            throw new FcsFormatException(log.file(), -1, "$DATATYPE", "required keyword $DATATYPE is missing (expected I, F, D or A)");
        }
        return typeChar(dt, "$DATATYPE", log);
    }

    private static char typeChar(String v, String keyword, IssueLog log) {
        String t = v.trim().toUpperCase(Locale.ROOT);
        if (t.length() != 1 || "IFDA".indexOf(t.charAt(0)) < 0) {
            throw new FcsFormatException(log.file(), -1, keyword, "expected I, F, D or A, found \"" + v + "\"");
        }
        return t.charAt(0);
    }

    static List<Parameter> parse(Keywords kw, char defaultType, IssueLog log) {
        String parRaw = kw.getOrNull("$PAR");
        if (parRaw == null) {
            throw new FcsFormatException(log.file(), -1, "$PAR", "required keyword $PAR is missing");
        }
        long par = kw.getLong("$PAR").orElseThrow(() ->
                new FcsFormatException(log.file(), -1, "$PAR", "expected a whole number, found \"" + parRaw + "\""));
        if (par < 1 || par > kw.size()) {
            throw new FcsFormatException(log.file(), -1, "$PAR", "$PAR " + par
                    + " is impossible: expected 1.." + kw.size() + " (each parameter needs its own $PnB keyword)");
        }
        int n = (int) par;
        List<Parameter> out = new ArrayList<>(n);
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int i = 1; i <= n; i++) {
            Parameter p = one(kw, i, defaultType, log);
            if (!names.add(p.name())) {
                log.recover("PARAM_NAME_DUPLICATE", -1, "$P" + i + "N", "$P" + i + "N \"" + p.name()
                        + "\" repeats an earlier parameter name; channelIndex finds the first");
            }
            out.add(p);
        }
        return List.copyOf(out);
    }

    private static Parameter one(Keywords kw, int i, char defaultType, IssueLog log) {
        String p = "$P" + i;
        String name = kw.trimmed(p + "N").orElse(null);
        if (name == null) {
            log.recover("PARAM_NAME_MISSING", -1, p + "N", p + "N is missing; named P" + i);
            name = "P" + i;
        }
        String stain = kw.trimmed(p + "S").orElse(null);
        char type = defaultType;
        String pdt = kw.trimmed(p + "DATATYPE").orElse(null);
        if (pdt != null) {
            type = typeChar(pdt, p + "DATATYPE", log);
        }
        String bRaw = kw.trimmed(p + "B").orElse(null);
        if (bRaw == null) {
            throw new FcsFormatException(log.file(), -1, p + "B", "required keyword " + p + "B is missing");
        }
        int bits;
        if (bRaw.equals("*")) {
            if (type != 'A') {
                throw new FcsFormatException(log.file(), -1, p + "B", "'*' (delimited) is only valid for $DATATYPE A, data type is " + type);
            }
            bits = 0;
        } else {
            long b = kw.getLong(p + "B").orElseThrow(() -> new FcsFormatException(log.file(), -1, p + "B",
                    "expected a bit count, found \"" + bRaw + "\""));
            if (b < 1 || b > 64) {
                throw new FcsFormatException(log.file(), -1, p + "B", "expected a bit count in 1..64, found " + b);
            }
            bits = (int) b;
        }
        if (type == 'F' && bits != 32) {
            log.recover("PARAM_BITS", -1, p + "B", p + "B is " + bits + " for float data; read as 32");
            bits = 32;
        } else if (type == 'D' && bits != 64) {
            log.recover("PARAM_BITS", -1, p + "B", p + "B is " + bits + " for double data; read as 64");
            bits = 64;
        }
        double range = 0;
        String rRaw = kw.trimmed(p + "R").orElse(null);
        if (rRaw == null) {
            log.recover("PARAM_RANGE_MISSING", -1, p + "R", p + "R is missing");
        } else {
            Double r = kw.getDouble(p + "R").orElse(null);
            if (r == null || r < 0) {
                log.recover("PARAM_RANGE_INVALID", -1, p + "R", "expected a number for " + p + "R, found \"" + rRaw + "\"");
            } else {
                range = r;
            }
        }
        double f1 = 0;
        double f2 = 0;
        String eRaw = kw.trimmed(p + "E").orElse(null);
        if (eRaw != null) {
            String[] parts = eRaw.split(",");
            boolean ok = parts.length == 2;
            if (ok) {
                try {
                    f1 = Double.parseDouble(parts[0].trim());
                    f2 = Double.parseDouble(parts[1].trim());
                    ok = Double.isFinite(f1) && Double.isFinite(f2) && f1 >= 0 && f2 >= 0;
                } catch (NumberFormatException e) {
                    ok = false;
                }
            }
            if (!ok) {
                log.recover("PARAM_LOG_INVALID", -1, p + "E", "expected \"f1,f2\" for " + p + "E, found \"" + eRaw + "\"; read as linear");
                f1 = 0;
                f2 = 0;
            }
        }
        double gain = 1;
        String gRaw = kw.trimmed(p + "G").orElse(null);
        if (gRaw != null) {
            Double g = kw.getDouble(p + "G").orElse(null);
            if (g == null || !(g > 0)) {
                log.recover("PARAM_GAIN_INVALID", -1, p + "G", "expected a positive number for " + p + "G, found \"" + gRaw + "\"; read as 1");
            } else {
                gain = g;
            }
        }
        return new Parameter(i - 1, name, stain, bits, range, type, f1, f2, gain);
    }
}

package org.apogate.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Renders result rows as one aligned text table per suite (columns = union of the rows' keys). */
final class ResultTable {
    private ResultTable() {
    }

    static String render(List<ResultRow> rows) {
        Map<String, List<ResultRow>> bySuite = new LinkedHashMap<>();
        for (ResultRow r : rows) {
            bySuite.computeIfAbsent(r.suite(), k -> new ArrayList<>()).add(r);
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, List<ResultRow>> e : bySuite.entrySet()) {
            out.append("== ").append(e.getKey()).append(" ==\n");
            out.append(table(e.getValue())).append('\n');
        }
        return out.toString();
    }

    private static String table(List<ResultRow> rows) {
        Set<String> keys = new LinkedHashSet<>();
        rows.forEach(r -> keys.addAll(r.values().keySet()));
        List<String> header = new ArrayList<>();
        header.add("case");
        header.addAll(keys);
        List<List<String>> cells = new ArrayList<>();
        cells.add(header);
        for (ResultRow r : rows) {
            List<String> line = new ArrayList<>();
            line.add(r.name());
            for (String k : keys) {
                line.add(format(r.values().get(k)));
            }
            cells.add(line);
        }
        int[] width = new int[header.size()];
        for (List<String> line : cells) {
            for (int i = 0; i < line.size(); i++) {
                width[i] = Math.max(width[i], line.get(i).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int li = 0; li < cells.size(); li++) {
            List<String> line = cells.get(li);
            for (int i = 0; i < line.size(); i++) {
                String cell = line.get(i);
                // first column left-aligned, numbers right-aligned
                sb.append(i == 0 ? pad(cell, width[i], false) : "  " + pad(cell, width[i], true));
            }
            sb.append('\n');
            if (li == 0) {
                int total = 0;
                for (int w : width) {
                    total += w + 2;
                }
                sb.append("-".repeat(Math.max(0, total - 2))).append('\n');
            }
        }
        return sb.toString();
    }

    static String format(Object v) {
        if (v == null) {
            return "-";
        }
        if (v instanceof Double d) {
            double a = Math.abs(d);
            if (d.isNaN()) {
                return "-";
            }
            if (a >= 1000) {
                return String.format(Locale.ROOT, "%.0f", d);
            }
            if (a >= 10) {
                return String.format(Locale.ROOT, "%.1f", d);
            }
            return String.format(Locale.ROOT, "%.2f", d);
        }
        return String.valueOf(v);
    }

    private static String pad(String s, int width, boolean right) {
        String spaces = " ".repeat(Math.max(0, width - s.length()));
        return right ? spaces + s : s + spaces;
    }
}

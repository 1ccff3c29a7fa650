package org.apogate.compensation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apogate.fcs.Keywords;

/**
 * Test-only minimal reader of the first data set's primary TEXT segment (HEADER offsets, delimiter,
 * doubled delimiters as escapes). Stands in until org.apogate.fcs.FcsReader lands on main.
 */
final class TestTextSegment {
    private TestTextSegment() {
    }

    static Keywords keywords(Path file) throws IOException {
        byte[] head = new byte[58];
        try (var in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 58) < 34) {
                throw new IOException("short header: " + file);
            }
        }
        String h = new String(head, StandardCharsets.ISO_8859_1);
        long start = Long.parseLong(h.substring(10, 18).trim());
        long end = Long.parseLong(h.substring(18, 26).trim());
        byte[] text;
        try (var ch = Files.newByteChannel(file)) {
            long stop = Math.min(end + 1, ch.size());
            var buf = java.nio.ByteBuffer.allocate((int) (stop - start));
            ch.position(start);
            while (buf.hasRemaining() && ch.read(buf) > 0) {
                // fill
            }
            text = buf.array();
        }
        String s = new String(text, StandardCharsets.UTF_8);
        char delim = s.charAt(0);
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == delim) {
                if (i + 1 < s.length() && s.charAt(i + 1) == delim) {
                    cur.append(delim);
                    i++;
                } else {
                    parts.add(cur.toString());
                    cur.setLength(0);
                }
            } else {
                cur.append(c);
            }
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < parts.size(); i += 2) {
            map.put(parts.get(i), parts.get(i + 1));
        }
        return new Keywords(map);
    }

    static List<String> channelNames(Keywords kw) {
        int par = kw.getLong("$PAR").orElseThrow().intValue();
        List<String> names = new ArrayList<>();
        for (int p = 1; p <= par; p++) {
            names.add(kw.get("$P" + p + "N").orElse("").trim());
        }
        return names;
    }
}

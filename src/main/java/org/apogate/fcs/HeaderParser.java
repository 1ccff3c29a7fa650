package org.apogate.fcs;

import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/** Parses the fixed 58-byte HEADER of one data set: "FCSx.y", four blanks, six 8-byte offsets. */
final class HeaderParser {
    static final int HEADER_LENGTH = 58;

    record Header(String version, SegmentOffsets offsets) {
    }

    private HeaderParser() {
    }

    static Header parse(FileChannel ch, Path file, long base, long fileSize, IssueLog log) {
        if (base < 0 || base + HEADER_LENGTH > fileSize) {
            throw new FcsFormatException(file, base, null, "expected a 58-byte FCS HEADER but the file has "
                    + Math.max(0, fileSize - Math.max(base, 0)) + " bytes from here");
        }
        byte[] h = FileBytes.read(ch, file, base, HEADER_LENGTH, "HEADER");
        if (h[0] != 'F' || h[1] != 'C' || h[2] != 'S') {
            throw new FcsFormatException(file, base, null, "expected \"FCS\" magic, found \""
                    + printable(h, 0, 6) + "\": not an FCS file");
        }
        if (!isDigit(h[3]) || h[4] != '.' || !isDigit(h[5])) {
            throw new FcsFormatException(file, base + 3, null, "expected version \"d.d\" after FCS, found \""
                    + printable(h, 3, 3) + "\"");
        }
        String version = new String(h, 3, 3, StandardCharsets.US_ASCII);
        switch (version) {
            case "2.0", "3.0", "3.1", "3.2" -> {
            }
            case "1.0" -> throw new UnsupportedFcsException(file, base + 3, null, "FCS 1.0 is not supported");
            default -> log.recover("HEADER_VERSION", base + 3, null,
                    "unknown FCS version " + version + ", read as 3.1");
        }
        for (int i = 6; i < 10; i++) {
            if (h[i] != ' ') {
                log.recover("HEADER_SPACES", base + i, null, "expected four blanks after the version in HEADER");
                break;
            }
        }
        long[] v = new long[6];
        for (int k = 0; k < 6; k++) {
            v[k] = field(h, 10 + 8 * k, file, base);
        }
        return new Header(version, new SegmentOffsets(v[0], v[1], v[2], v[3], v[4], v[5]));
    }

    /** An 8-byte ASCII offset: right- or left-justified, blank or zero-padded; blank reads as 0. */
    private static long field(byte[] h, int at, Path file, long base) {
        long value = 0;
        boolean digits = false;
        boolean ended = false;
        for (int i = at; i < at + 8; i++) {
            byte b = h[i];
            if (b == ' ' || b == 0) {
                if (digits) {
                    ended = true;
                }
            } else if (isDigit(b) && !ended) {
                digits = true;
                value = value * 10 + (b - '0');
            } else {
                throw new FcsFormatException(file, base + at, null, "expected an 8-byte decimal offset in HEADER, found \""
                        + printable(h, at, 8) + "\"");
            }
        }
        return value;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    static String printable(byte[] b, int from, int len) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < from + len && i < b.length; i++) {
            int c = b[i] & 0xff;
            sb.append(c >= 32 && c < 127 ? (char) c : '?');
        }
        return sb.toString();
    }
}

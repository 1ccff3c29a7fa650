package org.apogate.fcs;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tokenizes a TEXT (or supplemental TEXT) segment into keyword/value pairs.
 *
 * <p>The first byte is the delimiter. FCS 3.x reads a doubled delimiter as an escaped delimiter
 * inside a key or value; FCS 2.0 writers such as FACSCalibur, Attune and Partec instead write empty
 * values as two adjacent delimiters. We tokenize the standard way first and fall back to "every
 * delimiter separates" only when the standard reading is implausible (odd token count, a keyword that
 * contains the delimiter, or an empty keyword), which is exactly what a mis-paired empty value
 * produces.
 */
final class TextParser {

    private TextParser() {
    }

    /**
     * @param seg       the segment bytes, delimiter first
     * @param segOffset absolute file offset of {@code seg[0]}, for messages
     * @param what      "TEXT" or "supplemental TEXT"
     */
    static Map<String, String> parse(byte[] seg, long segOffset, String what, IssueLog log) {
        if (seg.length < 2) {
            throw new FcsFormatException(log.file(), segOffset, null,
                    "expected a " + what + " segment of at least 2 bytes, found " + seg.length);
        }
        byte delim = seg[0];
        int end = seg.length;
        while (end > 1 && seg[end - 1] != delim && isPadding(seg[end - 1])) {
            end--;
        }
        if (end < seg.length && end > 1 && seg[end - 1] == delim) {
            log.note("TEXT_PADDING", what + " has " + (seg.length - end) + " padding bytes after its closing delimiter");
        }
        boolean closed = seg[end - 1] == delim && end > 1;
        if (!closed) {
            log.recover("TEXT_UNTERMINATED", segOffset + end, null,
                    what + " does not end with its delimiter; read to the segment end");
        }
        int contentEnd = closed ? end - 1 : end; // exclusive, closing delimiter excluded

        List<byte[]> strict = tokenizeEscaped(seg, delim, contentEnd);
        String strictProblem = problem(strict, delim);
        List<byte[]> tokens = strict;
        if (strictProblem != null) {
            List<byte[]> split = tokenizeSplit(seg, delim, contentEnd);
            String splitProblem = problem(split, delim);
            if (splitProblem == null) {
                tokens = split;
                log.recover("TEXT_EMPTY_VALUES", segOffset, null, what
                        + ": doubled delimiters read as empty values (standard tokenizing gives " + strictProblem + ")");
            } else if (strict.size() % 2 == 0) {
                // A keyword with an escaped delimiter is legal, and no other reading is cleaner.
                tokens = strict;
            } else {
                if (split.size() % 2 == 0) {
                    tokens = split;
                }
                log.recover("TEXT_TOKENS", segOffset, null, what + " is not a clean keyword/value list ("
                        + strictProblem + "); read as far as possible");
            }
        }
        if (tokens.size() % 2 != 0) {
            tokens = tokens.subList(0, tokens.size() - 1);
        }
        if (tokens.isEmpty()) {
            throw new FcsFormatException(log.file(), segOffset, null,
                    "expected keyword/value pairs in " + what + ", found none");
        }
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, Boolean> seen = new LinkedHashMap<>();
        boolean latin1 = false;
        for (int i = 0; i < tokens.size(); i += 2) {
            String key = decode(tokens.get(i));
            String value = decode(tokens.get(i + 1));
            if (key == null || value == null) {
                latin1 = true;
                key = key == null ? new String(tokens.get(i), StandardCharsets.ISO_8859_1) : key;
                value = value == null ? new String(tokens.get(i + 1), StandardCharsets.ISO_8859_1) : value;
            }
            String norm = key.trim().toUpperCase(Locale.ROOT);
            if (seen.containsKey(norm)) {
                log.recover("TEXT_DUPLICATE_KEYWORD", segOffset, key, what + " repeats keyword " + key + "; first value kept");
                continue;
            }
            seen.put(norm, Boolean.TRUE);
            out.put(key, value);
        }
        if (latin1) {
            log.note("TEXT_LATIN1", what + " is not valid UTF-8; non-UTF-8 keywords read as Latin-1");
        }
        return out;
    }

    private static boolean isPadding(byte b) {
        return b == ' ' || b == 0 || b == '\r' || b == '\n' || b == '\t';
    }

    /** Standard tokenizing: a doubled delimiter is one literal delimiter. */
    private static List<byte[]> tokenizeEscaped(byte[] seg, byte delim, int contentEnd) {
        List<byte[]> tokens = new ArrayList<>();
        byte[] buf = new byte[Math.max(16, contentEnd)];
        int len = 0;
        int i = 1;
        while (i < contentEnd) {
            byte b = seg[i];
            if (b == delim) {
                if (i + 1 < contentEnd && seg[i + 1] == delim) {
                    buf[len++] = delim;
                    i += 2;
                    continue;
                }
                tokens.add(java.util.Arrays.copyOf(buf, len));
                len = 0;
                i++;
                continue;
            }
            buf[len++] = b;
            i++;
        }
        tokens.add(java.util.Arrays.copyOf(buf, len));
        return tokens;
    }

    /** FCS 2.0 empty-value tokenizing: every delimiter separates. */
    private static List<byte[]> tokenizeSplit(byte[] seg, byte delim, int contentEnd) {
        List<byte[]> tokens = new ArrayList<>();
        int start = 1;
        for (int i = 1; i < contentEnd; i++) {
            if (seg[i] == delim) {
                tokens.add(java.util.Arrays.copyOfRange(seg, start, i));
                start = i + 1;
            }
        }
        tokens.add(java.util.Arrays.copyOfRange(seg, start, contentEnd));
        return tokens;
    }

    /** Why a token list cannot be a keyword/value list, or null when it can. */
    private static String problem(List<byte[]> tokens, byte delim) {
        if (tokens.size() % 2 != 0) {
            return "an odd number of tokens (" + tokens.size() + ")";
        }
        for (int i = 0; i < tokens.size(); i += 2) {
            byte[] key = tokens.get(i);
            if (key.length == 0 || isBlank(key)) {
                return "an empty keyword after pair " + (i / 2);
            }
            for (byte b : key) {
                if (b == delim) {
                    return "a keyword containing the delimiter";
                }
            }
        }
        return null;
    }

    private static boolean isBlank(byte[] b) {
        for (byte x : b) {
            if (x != ' ') {
                return false;
            }
        }
        return true;
    }

    /** Strict UTF-8 decoding, or null when the bytes are not UTF-8. */
    private static String decode(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}

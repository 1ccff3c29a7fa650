package org.apogate.report;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * PNG bytes of an image: 8-bit RGB, one IDAT, no time or text chunks, so the same pixels always give
 * the same bytes. Each row gets the filter (None, Sub, Up, Average, Paeth) whose output has the
 * smallest sum of magnitudes, the usual heuristic that suits flat plot backgrounds.
 */
final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int FILTERS = 5;

    private PngEncoder() {
    }

    static byte[] encode(RgbImage image) {
        int width = image.width();
        int height = image.height();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        out.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8; // bits per sample
        header[9] = 2; // colour type: RGB
        // compression, filter method and interlace all 0
        chunk(out, "IHDR", header, header.length);
        byte[] compressed = deflate(filteredRows(image));
        chunk(out, "IDAT", compressed, compressed.length);
        chunk(out, "IEND", new byte[0], 0);
        return out.toByteArray();
    }

    /** Each row as its filter-type byte and filtered samples. */
    private static byte[] filteredRows(RgbImage image) {
        int width = image.width();
        int rowBytes = 3 * width;
        int[] pixels = image.pixels();
        byte[] data = new byte[(rowBytes + 1) * image.height()];
        byte[] previous = new byte[rowBytes]; // the row above the first is all zero
        byte[] current = new byte[rowBytes];
        byte[][] candidates = new byte[FILTERS][rowBytes];
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < width; x++) {
                int rgb = pixels[y * width + x];
                current[3 * x] = (byte) (rgb >> 16);
                current[3 * x + 1] = (byte) (rgb >> 8);
                current[3 * x + 2] = (byte) rgb;
            }
            int best = 0;
            long bestCost = Long.MAX_VALUE;
            for (int type = 0; type < FILTERS; type++) {
                long cost = filter(type, current, previous, candidates[type]);
                if (cost < bestCost) {
                    bestCost = cost;
                    best = type;
                }
            }
            int at = y * (rowBytes + 1);
            data[at] = (byte) best;
            System.arraycopy(candidates[best], 0, data, at + 1, rowBytes);
            byte[] swap = previous;
            previous = current;
            current = swap;
        }
        return data;
    }

    /** Filters one row into {@code out}; returns the sum of the outputs as signed magnitudes. */
    private static long filter(int type, byte[] row, byte[] above, byte[] out) {
        long cost = 0;
        for (int i = 0; i < row.length; i++) {
            int a = i >= 3 ? row[i - 3] & 0xFF : 0; // left, same channel
            int b = above[i] & 0xFF;
            int c = i >= 3 ? above[i - 3] & 0xFF : 0;
            int predicted = switch (type) {
                case 0 -> 0;
                case 1 -> a;
                case 2 -> b;
                case 3 -> (a + b) >>> 1;
                default -> paeth(a, b, c);
            };
            byte v = (byte) ((row[i] & 0xFF) - predicted);
            out[i] = v;
            cost += Math.abs(v);
        }
        return cost;
    }

    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        if (pa <= pb && pa <= pc) {
            return a;
        }
        return pb <= pc ? b : c;
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, data.length / 8));
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** Length, type, data and the CRC-32 of type and data. */
    private static void chunk(ByteArrayOutputStream out, String type, byte[] data, int length) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        byte[] number = new byte[4];
        putInt(number, 0, length);
        out.writeBytes(number);
        out.writeBytes(typeBytes);
        out.write(data, 0, length);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data, 0, length);
        putInt(number, 0, (int) crc.getValue());
        out.writeBytes(number);
    }

    private static void putInt(byte[] target, int at, int value) {
        target[at] = (byte) (value >>> 24);
        target[at + 1] = (byte) (value >>> 16);
        target[at + 2] = (byte) (value >>> 8);
        target[at + 3] = (byte) value;
    }
}

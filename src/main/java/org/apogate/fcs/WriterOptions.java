package org.apogate.fcs;

import java.nio.ByteOrder;
import java.util.Objects;

/**
 * Output format for {@link FcsWriter}: float32 list mode (the default), or unsigned integers of 16
 * or 32 bits ($DATATYPE I) like Accuri or Beckman files, with values rounded and clamped to
 * [0, $PnR-1].
 */
public record WriterOptions(ByteOrder order, char dataType, int bits) {
    public WriterOptions {
        Objects.requireNonNull(order, "order");
        if (dataType == 'F') {
            if (bits != 32) {
                throw new IllegalArgumentException("float output is 32-bit, got " + bits);
            }
        } else if (dataType == 'I') {
            if (bits != 16 && bits != 32) {
                throw new IllegalArgumentException("integer output is 16 or 32 bits, got " + bits);
            }
        } else {
            throw new IllegalArgumentException("dataType must be 'F' or 'I', got " + dataType);
        }
    }

    public static WriterOptions float32(ByteOrder order) {
        return new WriterOptions(order, 'F', 32);
    }

    public static WriterOptions integer(int bits, ByteOrder order) {
        return new WriterOptions(order, 'I', bits);
    }

    int bytesPerValue() {
        return bits / 8;
    }
}

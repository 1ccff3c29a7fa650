package org.apogate.bench;

import java.nio.ByteOrder;

/** The DATA layouts the benchmarks generate. */
enum BenchLayout {
    /** float32, $BYTEORD 4,3,2,1 (as BD instruments write). */
    FLOAT_BE(ByteOrder.BIG_ENDIAN, false),
    /** float32, $BYTEORD 1,2,3,4. */
    FLOAT_LE(ByteOrder.LITTLE_ENDIAN, false),
    /** Unsigned int32 with $PnR 262144 and flag bits set above bit 18, so the reader must mask. */
    INT32_FLAGGED(ByteOrder.LITTLE_ENDIAN, true);

    /** $PnR of the integer layout: values are masked to its 18 bits. */
    static final long INT_RANGE = 262144;
    static final long INT_MASK = INT_RANGE - 1;

    private final ByteOrder order;
    private final boolean integer;

    BenchLayout(ByteOrder order, boolean integer) {
        this.order = order;
        this.integer = integer;
    }

    ByteOrder order() {
        return order;
    }

    boolean integer() {
        return integer;
    }

    MappedScan.ValueKind valueKind() {
        return integer ? MappedScan.ValueKind.INT32 : MappedScan.ValueKind.FLOAT32;
    }

    /** Bits kept by the reader (and by the scan) for each value. */
    long mask() {
        return integer ? INT_MASK : 0xFFFF_FFFFL;
    }

    String label() {
        return switch (this) {
            case FLOAT_BE -> "float32 BE";
            case FLOAT_LE -> "float32 LE";
            case INT32_FLAGGED -> "int32 masked";
        };
    }
}

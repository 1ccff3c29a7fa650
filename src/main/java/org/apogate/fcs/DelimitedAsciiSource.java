package org.apogate.fcs;

import java.nio.ByteBuffer;
import java.nio.file.Path;

/** Streams $DATATYPE A data with $PnB '*': numbers separated by blanks, tabs, commas or line breaks. */
final class DelimitedAsciiSource extends FileEventSource {
    private static final int WINDOW = 1 << 16;

    private final long end;          // inclusive
    private final ValueScaler scaler;
    private final EventBlock block;
    private final int blockEvents;
    private final ByteBuffer window = ByteBuffer.allocate(WINDOW);
    private final StringBuilder token = new StringBuilder();
    private long pos;                // absolute offset of window start

    DelimitedAsciiSource(Path file, DataLocator.Location loc, int channels, int blockSize, ValueScaler scaler) {
        super(file, channels, loc.events());
        this.end = loc.end();
        this.pos = loc.start();
        this.scaler = scaler;
        this.blockEvents = (int) Math.max(1, Math.min(blockSize, Math.max(1, totalEvents)));
        this.block = new EventBlock(channels, blockEvents);
        window.limit(0);
    }

    @Override
    void passOver(long n) {
        for (long e = 0; e < n; e++) {
            for (int c = 0; c < channels; c++) {
                nextNumber(); // delimited values have no fixed width: read past them
            }
        }
    }

    @Override
    public EventBlock next() {
        long remaining = remaining();
        if (remaining <= 0) {
            return null;
        }
        int n = (int) Math.min(blockEvents, remaining);
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < channels; c++) {
                block.column(c)[i] = nextNumber();
            }
        }
        scaler.apply(block, n);
        block.reset(n, nextEvent);
        nextEvent += n;
        return block;
    }

    private double nextNumber() {
        token.setLength(0);
        long at = -1;
        while (true) {
            if (!window.hasRemaining() && !fill()) {
                break;
            }
            byte b = window.get();
            boolean sep = b == ' ' || b == '\t' || b == ',' || b == '\r' || b == '\n' || b == 0;
            if (sep) {
                if (token.length() > 0) {
                    break;
                }
                continue;
            }
            if (at < 0) {
                at = pos + window.position() - 1;
            }
            if (token.length() > 64) {
                throw new FcsFormatException(file, at, null, "expected an ASCII number, found a token longer than 64 bytes");
            }
            token.append((char) (b & 0xFF));
        }
        if (token.length() == 0) {
            throw new FcsFormatException(file, end, "$TOT", "DATA ends after event " + nextEvent + " of " + totalEvents);
        }
        try {
            return Double.parseDouble(token.toString());
        } catch (NumberFormatException e) {
            throw new FcsFormatException(file, at, null, "expected an ASCII number, found \"" + token + "\"");
        }
    }

    private boolean fill() {
        pos += window.limit();
        long left = end - pos + 1;
        if (left <= 0) {
            window.limit(0);
            return false;
        }
        window.clear().limit((int) Math.min(WINDOW, left));
        FileBytes.readFully(ch, file, pos, window, "DATA segment");
        window.flip();
        return true;
    }
}
